package respondent_test

import (
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/respondent"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		t      respondent.Trait
		in     string
		want   string
		listed bool
	}{
		{respondent.Sex, "L", "L", true},
		{respondent.Sex, " laki-laki ", "L", true},
		{respondent.Sex, "Laki - Laki", "L", true},
		{respondent.Sex, "Wanita", "P", true},
		{respondent.Sex, "Female", "P", true},
		{respondent.Sex, "Laki2", "Laki2", false},
		{respondent.Age, "35", "30-39", true},
		{respondent.Age, "19", "<20", true},
		{respondent.Age, "20", "20-29", true},
		{respondent.Age, "59", "50-59", true},
		{respondent.Age, "60", ">=60", true},
		{respondent.Age, "87 tahun", ">=60", true},
		{respondent.Age, "20 – 29 tahun", "20-29", true},
		{respondent.Age, "< 20 tahun", "<20", true},
		{respondent.Age, "≥ 60", ">=60", true},
		{respondent.Age, "60+", ">=60", true},
		{respondent.Age, "20 s.d. 29", "20-29", true},
		{respondent.Age, "17-25", "17-25", false},
		{respondent.Age, "35,5", "35,5", false},
		{respondent.Age, "7", "7", false},
		{respondent.Age, "250", "250", false},
		{respondent.Education, "SMA / SMK", "SMA", true},
		{respondent.Education, "SLTA", "SMA", true},
		{respondent.Education, "D3", "D1-D3", true},
		{respondent.Education, "D1–D3", "D1-D3", true},
		{respondent.Education, "S1", "D4-S1", true},
		{respondent.Education, "d4 / s1", "D4-S1", true},
		{respondent.Education, "Bachelor", "D4-S1", true},
		{respondent.Education, "S3", "S3", true},
		{respondent.Education, "Tidak sekolah", "Tidak sekolah", false},
		{respondent.Occupation, "pns", "PNS", true},
		{respondent.Occupation, "ASN", "PNS", true},
		{respondent.Occupation, "Wiraswasta", "Wirausaha", true},
		{respondent.Occupation, "Lainnya: petani", "Lainnya", true},
		{respondent.Occupation, "Lainnya (ibu rumah tangga)", "Lainnya", true},
		{respondent.Occupation, "Lainnyaa", "Lainnyaa", false},
		{respondent.Occupation, "Petani", "Petani", false},
		{respondent.Service, " Pembuatan KTP ", "Pembuatan KTP", true},
	} {
		got, ok := c.t.Parse(c.in)
		if got != c.want || ok != c.listed {
			t.Errorf("%s %q: %q %v, want %q %v", c.t.Key(), c.in, got, ok, c.want, c.listed)
		}
	}
}

// Every key and label of a list reads back as itself, in both languages.
func TestListsReadBack(t *testing.T) {
	for _, tr := range respondent.Traits {
		for _, v := range tr.Values() {
			for _, s := range []string{v.Key, v.Label.ID, v.Label.EN} {
				if got, ok := tr.Parse(s); !ok || got != v.Key {
					t.Errorf("%s %q reads as %q %v", tr.Key(), s, got, ok)
				}
			}
			if tr.Label(v.Key, "en") != v.Label.EN {
				t.Errorf("label of %s", v.Key)
			}
		}
		if k, ok := respondent.ByKey(tr.Key()); !ok || k != tr {
			t.Errorf("ByKey %s", tr.Key())
		}
	}
	if respondent.Service.Values() != nil || respondent.Occupation.Label("Petani", "id") != "Petani" {
		t.Error("service list or unlisted label")
	}
}
