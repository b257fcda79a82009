package workbook

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"testing"
)

// A small workbook is hashed from the bytes read when it was opened, by
// both engines; its buffer goes back to the pool on Close, after which
// no digest is given and no part is read.
func TestDigestAndClose(t *testing.T) {
	for _, path := range samplePaths(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := sha256.Sum256(data)
		for _, engine := range []string{EngineFast, EngineExcelize} {
			b, err := Open(path, Options{Engine: engine})
			if err != nil {
				t.Fatalf("%s: %v", engine, err)
			}
			sum, n, ok := Digest(b)
			if !ok || sum != hex.EncodeToString(want[:]) || n != int64(len(data)) {
				t.Errorf("%s %s: digest %s %d %v, want %x %d", engine, path, sum, n, ok, want, len(data))
			}
			sheet := b.Sheets()[0].Name
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
			if _, _, ok := Digest(b); ok {
				t.Errorf("%s: digest after Close", engine)
			}
			if engine == EngineFast {
				err := b.Rows(sheet, func(int, []Cell) error { return nil })
				if !errors.Is(err, errClosed) {
					t.Errorf("rows read after Close: %v", err)
				}
			}
		}
	}
}
