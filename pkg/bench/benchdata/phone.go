package benchdata

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kepatuhan/kepatuhan/pkg/exportfixture"
	"github.com/kepatuhan/kepatuhan/pkg/xlsform"
)

// PhoneSize is the phone route's benchmark size: 30,000 submissions,
// where KoboToolbox's exports used to stop (kpi#2370).
const PhoneSize = 30_000

// PhoneAnswer is unit u's answer to indicator i of Rubric30 as a phone
// stores it: "ya" (six in ten), "tidak" or "na" (one in ten).
func PhoneAnswer(u, i int) string {
	d := draw(phoneUnit(u), fmt.Sprint(i))
	switch {
	case d < 0.1:
		return "na"
	case d < 0.4:
		return "tidak"
	}
	return "ya"
}

var sheetAnswer = map[string]string{"ya": "Ya", "tidak": "Tidak", "na": "N/A"}

func phoneUnit(u int) string { return fmt.Sprintf("UNIT-%05d", u) }

// Kobo returns the path of a KoboToolbox xlsx export of n submissions of
// Rubric30's phone form (package xlsform), one per unit, as package
// exportfixture writes them: XML headers, media URLs; the answers of
// PhoneAnswer, a note on one "tidak" in three, a photo on one "ya" in
// four, the device's metadata and Kobo's columns.
func Kobo(n int) (string, error) {
	path := filepath.Join(Dir(), fmt.Sprintf("kobo-%s-%d.xlsx", Version, n))
	return cached(path, func(tmp string) error { return writeKobo(tmp, n) })
}

func writeKobo(path string, n int) error {
	r := Rubric30()
	formPath := path + ".form.xlsx"
	defer os.Remove(formPath)
	if err := xlsform.WriteFile(formPath, r, nil); err != nil {
		return err
	}
	f, err := xlsform.ReadFile(formPath)
	if err != nil {
		return err
	}
	p := xlsform.NewPlan(r)
	base := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	subs := make([]exportfixture.Submission, n)
	for u := range n {
		at := base.Add(time.Duration(u) * 97 * time.Second)
		v := map[string]string{
			"start":            at.Add(-30 * time.Minute).Format("2006-01-02T15:04:05.000+07:00"),
			"end":              at.Add(-3 * time.Minute).Format("2006-01-02T15:04:05.000+07:00"),
			xlsform.NameRubric: r.Ref(), xlsform.NameVersion: r.Version, xlsform.NameHash: r.Hash(),
			xlsform.NameUnit: phoneUnit(u), xlsform.NameUnitName: fmt.Sprintf("Unit Pelayanan %05d Kabupaten Contoh", u),
			xlsform.NamePeriod: "2025", xlsform.NameAssessor: "Siti Aminah", xlsform.NameDate: at.Format("2006-01-02"),
			xlsform.NameLocation: "3.7513 98.4532 24 4.5",
		}
		for i, ind := range r.Indicators() {
			name := p.Answer(ind).Name
			a := PhoneAnswer(u, i)
			v[name] = a
			switch d := draw(phoneUnit(u), name+"/extra"); {
			case a == "tidak" && d < 1.0/3:
				v[name+"_catatan"] = "Belum tersedia di ruang pelayanan; akan dilengkapi bulan depan."
			case a == "ya" && d < 0.25:
				v[name+"_foto"] = fmt.Sprintf("%d.jpg", 1751328000000+int64(u)*1000+int64(i))
			}
		}
		subs[u] = exportfixture.Submission{ID: fmt.Sprintf("%08x-0000-4000-8000-%012x", u, u), Time: at, Values: v}
	}
	return exportfixture.KoboXLSX(path, f, subs, exportfixture.Options{MediaURLs: true})
}

// Wide returns the path of the observation workbook of the same answers
// as Kobo(n): one row per unit (Kode Unit, Nama Unit, then a column per
// indicator code, "Ya", "Tidak" or "N/A"), the contract's wide layout.
func Wide(n int) (string, error) {
	path := filepath.Join(Dir(), fmt.Sprintf("wide-%s-%d.xlsx", Version, n))
	return cached(path, func(tmp string) error { return writeWide(tmp, n) })
}

func writeWide(path string, n int) error {
	inds := Rubric30().Indicators()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Sheet1"
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	head := []any{"Kode Unit", "Nama Unit"}
	for _, ind := range inds {
		head = append(head, ind.Code)
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	for u := range n {
		row := []any{phoneUnit(u), fmt.Sprintf("Unit Pelayanan %05d Kabupaten Contoh", u)}
		for i := range inds {
			row = append(row, sheetAnswer[PhoneAnswer(u, i)])
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", u+2), row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return writeFile(path, f)
}
