// Command release builds kepatuhan's release archives: one per platform
// that assessors use, each holding the binary, the short guide in Bahasa
// Indonesia (docs/BACA-SAYA.txt), the font licence and the example
// district (testdata/example as contoh/, on which every command of the
// user guide docs/panduan.md runs as written), plus SHA256SUMS.
// It only builds; publishing is done by hand.
//
//	go run ./.ci/release -out dist [-version 1.2.3]
//
// The archives are reproducible: the binaries are built with -trimpath and
// no build id, and every archive entry carries the same time
// (SOURCE_DATE_EPOCH, else the last commit's time), mode and order.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Targets are the platforms of the release: 32-bit Windows stays because
// many district offices still run it.
var targets = []struct{ goos, goarch string }{
	{"windows", "amd64"},
	{"windows", "386"},
	{"darwin", "arm64"},
	{"darwin", "amd64"},
	{"linux", "amd64"},
}

type file struct {
	name string
	data []byte
	mode int64
}

func main() {
	out := flag.String("out", "dist", "folder the archives are written to")
	version := flag.String("version", "", "version stamped into the binary (default: git describe)")
	flag.Parse()
	if err := run(*out, *version); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

func run(out, version string) error {
	if version == "" {
		version = gitDescribe()
	}
	when, err := epoch()
	if err != nil {
		return err
	}
	guide, err := os.ReadFile("docs/BACA-SAYA.txt")
	if err != nil {
		return err
	}
	licence, err := os.ReadFile("pkg/pdfdoc/fonts/LICENSE-DejaVu.txt")
	if err != nil {
		return err
	}
	example, err := exampleFiles()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var sums strings.Builder
	for _, t := range targets {
		bin, err := build(t.goos, t.goarch, version)
		if err != nil {
			return fmt.Errorf("%s/%s: %w", t.goos, t.goarch, err)
		}
		base := fmt.Sprintf("kepatuhan-%s-%s-%s", version, t.goos, t.goarch)
		exe, text := "kepatuhan", guide
		if t.goos == "windows" {
			exe += ".exe"
			text = crlf(guide) // Notepad on older Windows shows bare LF as one line
		}
		files := []file{
			{base + "/" + exe, bin, 0o755},
			{base + "/BACA-SAYA.txt", text, 0o644},
			{base + "/LICENSE-DejaVu.txt", licence, 0o644},
		}
		for _, f := range example {
			files = append(files, file{base + "/contoh/" + f.name, f.data, 0o644})
		}
		var data []byte
		name := base + ".tar.gz"
		if t.goos == "windows" {
			name = base + ".zip"
			data, err = zipOf(files, when)
		} else {
			data, err = tgzOf(files, when)
		}
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&sums, "%s  %s\n", hex.EncodeToString(sum[:]), name)
		fmt.Printf("%s  %d bytes\n", name, len(data))
	}
	return os.WriteFile(filepath.Join(out, "SHA256SUMS"), []byte(sums.String()), 0o644)
}

// exampleFiles are the example district's files (testdata/example, its
// subfolders too: the evidence folders), in name order, named from there
// with forward slashes.
func exampleFiles() ([]file, error) {
	const dir = "testdata/example"
	var files []file
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		files = append(files, file{name: filepath.ToSlash(rel), data: data})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no files", dir)
	}
	return files, nil
}

// build cross-compiles the command for one platform, without cgo, and
// returns the binary.
func build(goos, goarch, version string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "kepatuhan-release-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "kepatuhan")
	cmd := exec.Command("go", "build", "-trimpath",
		"-ldflags", "-s -w -buildid= -X github.com/kepatuhan/kepatuhan/pkg/stamp.Version="+version,
		"-o", bin, "./cmd/kepatuhan")
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	return os.ReadFile(bin)
}

func zipOf(files []file, when time.Time) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: when}
		h.SetMode(os.FileMode(f.mode))
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func tgzOf(files []file, when time.Time) ([]byte, error) {
	var buf bytes.Buffer
	gz, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	gz.ModTime = when
	tw := tar.NewWriter(gz)
	for _, f := range files {
		h := &tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.data)),
			ModTime: when, Typeflag: tar.TypeReg, Format: tar.FormatPAX,
			Uname: "root", Gname: "root"}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(f.data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// epoch is the time every archive entry carries.
func epoch() (time.Time, error) {
	s := strings.TrimSpace(os.Getenv("SOURCE_DATE_EPOCH"))
	if s == "" {
		b, err := exec.Command("git", "log", "-1", "--format=%ct").Output()
		if err != nil {
			return time.Time{}, fmt.Errorf("no SOURCE_DATE_EPOCH and no git history: %w", err)
		}
		s = strings.TrimSpace(string(b))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q: %w", s, err)
	}
	return time.Unix(n, 0).UTC(), nil
}

func gitDescribe() string {
	b, err := exec.Command("git", "describe", "--tags", "--always", "--dirty").Output()
	if err != nil {
		return "dev"
	}
	return strings.TrimSpace(string(b))
}

func crlf(b []byte) []byte {
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	return []byte(strings.ReplaceAll(s, "\n", "\r\n"))
}
