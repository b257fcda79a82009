package rubric

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// wantRe reads one expected problem from a broken rubric's leading
// comment: "# want: LINE:COL KEY [HINT]" (line 0 for a problem of the
// whole file).
var wantRe = regexp.MustCompile(`^# want: (\d+):(\d+) (\S+)(?: (\S+))?$`)

type wantProblem struct {
	line, col int
	key, hint msg.Key
}

func (w wantProblem) String() string {
	s := fmt.Sprintf("%d:%d %s", w.line, w.col, w.key)
	if w.hint != "" {
		s += " " + string(w.hint)
	}
	return s
}

func readWants(t *testing.T, data []byte) []wantProblem {
	t.Helper()
	var out []wantProblem
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break // the expectations lead the file
		}
		if !strings.HasPrefix(line, "# want:") {
			continue
		}
		m := wantRe.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("malformed expectation %q", line)
		}
		l, _ := strconv.Atoi(m[1])
		c, _ := strconv.Atoi(m[2])
		out = append(out, wantProblem{l, c, msg.Key(m[3]), msg.Key(m[4])})
	}
	return out
}

// Every file in testdata/rubrics/broken is one kind of mistake. Parse must
// reject it with exactly the problems its leading comment lists — every
// one of them, at the right place, with the promised hint — and nothing
// else.
func TestBrokenRubrics(t *testing.T) {
	files, err := filepath.Glob("../testdata/rubrics/broken/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 25 {
		t.Fatalf("only %d broken rubrics", len(files))
	}
	keys := map[msg.Key]bool{}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want := readWants(t, data)
			if len(want) == 0 {
				t.Fatal("the file states no expected problem")
			}
			r, err := Parse(f, data)
			if err == nil {
				t.Fatalf("parsed as %s; want it rejected", r.ID)
			}
			var ps msg.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %T %v, want msg.Problems", err, err)
			}
			var got []wantProblem
			for _, p := range ps {
				got = append(got, wantProblem{p.Line, p.Col, p.Key, p.Hint})
				keys[p.Key] = true
				if p.File != f {
					t.Errorf("%s: names file %q", p.Where(), p.File)
				}
				if !msg.Has(p.Key) || (p.Hint != "" && !msg.Has(p.Hint)) {
					t.Errorf("%s: message %s / hint %s not in the catalog", p.Where(), p.Key, p.Hint)
				}
				for _, lang := range []msg.Lang{msg.ID, msg.EN} {
					if s := p.Text(lang) + p.HintText(lang); strings.Contains(s, "%!") {
						t.Errorf("badly formatted message: %s", s)
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("problems:\n  got  %v\n  want %v\n%v", got, want, err)
			}
		})
	}
	// The corpus covers the mistakes the specification names.
	for _, k := range []msg.Key{
		msg.RubricUnknownKey, msg.RubricDuplicateKey, msg.RubricDuplicateCode, msg.RubricBadCode,
		msg.RubricWeightNotPositive, msg.RubricMissingKey, msg.RubricWantNumber, msg.RubricWantBool,
		msg.RubricBandGap, msg.RubricBandOverlap, msg.RubricBandTop, msg.RubricBandPrecision,
		msg.RubricLevelOutside, msg.RubricLevelUndescribed, msg.RubricNoFullChoice, msg.RubricFewChoices,
		msg.RubricSurveyInObservation, msg.RubricObservationInSurvey, msg.RubricUnknownUnitType,
		msg.RubricGroupsAndIndicators, msg.RubricEmptyGroup, msg.RubricBadValue, msg.RubricBlockNotForType,
		msg.RubricWeightedSumNA, msg.RubricVariantUnknownCode, msg.RubricNotYAML, msg.RubricEmpty,
		msg.RubricManyDocs, msg.RubricNoMerge, msg.RubricVariantWeightedSumNA,
	} {
		if !keys[k] {
			t.Errorf("no broken rubric shows %s", k)
		}
	}
}
