package card

import (
	"path/filepath"

	"github.com/kepatuhan/kepatuhan/pkg/atomicfile"
	"github.com/kepatuhan/kepatuhan/pkg/results"
)

// writeCards writes the cards of res into dir as the command line does
// (a set, under FileNames) and returns their paths in unit order.
func writeCards(dir string, res *results.Results, o Options) ([]string, error) {
	set, err := atomicfile.NewSet(dir)
	if err != nil {
		return nil, err
	}
	names := FileNames(res.Units)
	err = RenderAll(res, o, func(i int, data []byte) error { return set.Add(names[i], data) })
	if err != nil {
		set.Abort()
		return nil, err
	}
	if err := set.Commit(); err != nil {
		return nil, err
	}
	paths := make([]string, len(names))
	for i, n := range names {
		paths[i] = filepath.Join(dir, n)
	}
	return paths, nil
}
