// Command mkfont writes the fpdf font definitions (JSON metrics and the
// zlib-compressed font file) of the fast 8-bit fonts that package pdfdoc
// embeds. fonts/mkfonts.sh runs it; it is not part of the kepatuhan
// binary.
//
// Usage: mkfont WORKDIR OUTDIR
//
// WORKDIR holds kepatuhan.map, fpdf's cp1252.map (the reference the
// map's differences are computed against) and the subset fonts
// DejaVuSans-8bit.ttf and DejaVuSans-Bold-8bit.ttf.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"codeberg.org/go-pdf/fpdf"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mkfont WORKDIR OUTDIR")
		os.Exit(2)
	}
	work, out := os.Args[1], os.Args[2]
	for _, name := range []string{"DejaVuSans-8bit.ttf", "DejaVuSans-Bold-8bit.ttf"} {
		err := fpdf.MakeFont(filepath.Join(work, name), filepath.Join(work, "kepatuhan.map"), out, os.Stderr, true)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mkfont:", err)
			os.Exit(1)
		}
	}
}
