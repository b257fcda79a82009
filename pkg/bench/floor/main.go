// Command floor is the baseline of the benchmark: the least work any
// reader of an .xlsx workbook must do. It inflates every worksheet part
// and the shared strings of the files given, and counts the cells with a
// byte scan ("<c " and "<c>" in the sheet XML), without parsing anything.
// kepatuhan score is measured against it (pkg/bench/run.sh).
//
// By default the scan is bytes.Index, which skips from one "<c" to the
// next with vector instructions: the strictest floor. With -bytewise it
// looks at every byte in a loop, as a scanner that must see every
// character (a tokenizer, a parser) does at the very least.
//
//	go run ./pkg/bench/floor [-bytewise] FILE.xlsx...
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	bytewise := flag.Bool("bytewise", false, "look at every byte in a loop instead of bytes.Index")
	flag.Parse()
	if flag.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: floor [-bytewise] FILE.xlsx...")
		os.Exit(2)
	}
	if *bytewise {
		count = countBytewise
	}
	buf := make([]byte, 64<<10)
	cells, bytesIn := 0, int64(0)
	for _, path := range flag.Args() {
		n, size, err := scan(path, buf)
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(1)
		}
		cells += n
		bytesIn += size
	}
	fmt.Printf("%d files, %d cells, %d bytes of XML\n", flag.NArg(), cells, bytesIn)
}

// scan inflates the worksheets and shared strings of one workbook and
// counts the cells of the worksheets.
func scan(path string, buf []byte) (cells int, size int64, err error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0, 0, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		sheet := strings.HasPrefix(f.Name, "xl/worksheets/") && strings.HasSuffix(f.Name, ".xml")
		if !sheet && f.Name != "xl/sharedStrings.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return 0, 0, err
		}
		n, m, err := count(rc, buf)
		rc.Close()
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %s: %w", path, f.Name, err)
		}
		if sheet {
			cells += n
		}
		size += m
	}
	return cells, size, nil
}

// count counts the cells in r: countIndex, or countBytewise.
var count = countIndex

// countIndex reads r to the end and counts "<c" followed by a space or
// ">", carrying the last two bytes of each chunk over to the next.
func countIndex(r io.Reader, buf []byte) (n int, size int64, err error) {
	keep := 0
	for {
		m, err := r.Read(buf[keep:])
		size += int64(m)
		chunk := buf[:keep+m]
		for i := 0; ; {
			j := bytes.Index(chunk[i:], []byte("<c"))
			if j < 0 || i+j+2 >= len(chunk) {
				break
			}
			i += j + 2
			if c := chunk[i]; c == ' ' || c == '>' {
				n++
			}
		}
		keep = min(2, len(chunk))
		copy(buf, chunk[len(chunk)-keep:])
		if keep == 2 && !(buf[0] == '<' && buf[1] == 'c') {
			// only a "<" or "<c" at the very end can start a cell
			if buf[1] == '<' {
				buf[0], keep = '<', 1
			} else {
				keep = 0
			}
		}
		if err == io.EOF {
			return n, size, nil
		}
		if err != nil {
			return 0, 0, err
		}
	}
}

// countBytewise counts the same cells as countIndex, looking at every
// byte: state is how much of "<c" the last bytes matched.
func countBytewise(r io.Reader, buf []byte) (n int, size int64, err error) {
	state := 0
	for {
		m, err := r.Read(buf)
		size += int64(m)
		for _, c := range buf[:m] {
			switch {
			case c == '<':
				state = 1
			case state == 1 && c == 'c':
				state = 2
			case state == 2 && (c == ' ' || c == '>'):
				n++
				state = 0
			default:
				state = 0
			}
		}
		if err == io.EOF {
			return n, size, nil
		}
		if err != nil {
			return 0, 0, err
		}
	}
}
