// Command kepatuhan scores Indonesian public-service compliance
// assessments offline. See the README, or run: kepatuhan --help.
package main

import (
	"os"

	"github.com/kepatuhan/kepatuhan/pkg/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], cli.StdIO())) }
