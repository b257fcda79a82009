// Command gen makes (or finds in the cache) the inputs of pkg/bench/run.sh
// and prints where they are, one "name path" line each:
//
//	bench30 / bench60   the benchmark rubrics, as YAML files
//	long-N              long-layout workbooks of N rows (bench30)
//	district-N          folders of N form workbooks, one per unit (bench60)
//	national-YEAR-N     folders of N region workbooks of a national year,
//	                    50 units each (ombudsman-2023), for YEAR 2024 and 2025
//
// Inputs are cached under os.TempDir()/kepatuhan-bench (see package
// benchdata); set TMPDIR to move the cache.
//
//	go run ./pkg/bench/gen -rows 30000,150000,300000 -units 50,100,200 -national 100,250,500
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/bench/benchdata"
)

func main() {
	rows := flag.String("rows", "30000,150000,300000", "sizes of the long-layout workbooks, in rows")
	units := flag.String("units", "50,100,200", "sizes of the district years, in units (at most 200)")
	national := flag.String("national", "", "sizes of the national years, in workbooks of 50 units (at most 500)")
	flag.Parse()
	if err := run(*rows, *units, *national); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(rows, units, national string) error {
	dir := benchdata.Dir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, id := range []string{"bench30", "bench60"} {
		b, err := benchdata.RubricYAML(id)
		if err != nil {
			return err
		}
		path := filepath.Join(dir, id+".yaml")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			return err
		}
		fmt.Println(id, path)
	}
	rs, err := sizes(rows)
	if err != nil {
		return err
	}
	for _, n := range rs {
		path, err := benchdata.Long(n)
		if err != nil {
			return err
		}
		fmt.Printf("long-%d %s\n", n, path)
	}
	us, err := sizes(units)
	if err != nil {
		return err
	}
	for _, n := range us {
		path, err := benchdata.District(n)
		if err != nil {
			return err
		}
		fmt.Printf("district-%d %s\n", n, path)
	}
	ns, err := sizes(national)
	if err != nil {
		return err
	}
	for _, year := range benchdata.NationalYears {
		for _, n := range ns {
			path, err := benchdata.National(year, n)
			if err != nil {
				return err
			}
			fmt.Printf("national-%s-%d %s\n", year, n, path)
		}
	}
	return nil
}

func sizes(list string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad size %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}
