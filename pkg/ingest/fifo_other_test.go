//go:build !unix

package ingest_test

import "errors"

func mkfifo(path string) error { return errors.New("named pipes are not supported here") }
