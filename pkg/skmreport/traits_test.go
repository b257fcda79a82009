package skmreport

import (
	"fmt"
	"testing"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// A table lists the services most used first, up to its limit, and the
// rest in one row that says how many kinds it holds.
func TestServicesCapped(t *testing.T) {
	var tallies []results.Tally
	total := 0
	for i := range 35 {
		n := 40 - i
		tallies = append(tallies, results.Tally{Trait: results.TraitService, Value: fmt.Sprintf("Layanan %02d", i), N: n})
		total += n
	}
	for _, tt := range traitTables(msg.ID, tallies, total, 30) {
		if tt.Trait.Key() != results.TraitService {
			continue
		}
		if len(tt.Rows) != 31 || tt.Rows[0].Value != "Layanan 00" || tt.Rows[29].Value != "Layanan 29" {
			t.Fatalf("%d rows: %+v", len(tt.Rows), tt.Rows)
		}
		last := tt.Rows[30]
		if last.Other != 5 || last.N != 10+9+8+7+6 || last.Label != "Layanan lain (5 jenis)" || tt.Empty != 0 {
			t.Errorf("the rest: %+v, empty %d", last, tt.Empty)
		}
	}
}
