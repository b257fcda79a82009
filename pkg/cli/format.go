package cli

import (
	"errors"
	"strings"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
	"github.com/kepatuhan/kepatuhan/pkg/output"
)

// pickFormat picks the output format of a command from its registry:
// --format (in any case), else the format -o's extension chooses, else
// def. Errors are usage errors in lang: an unknown format (with the valid
// ones), a binary format without -o.
func pickFormat[F any](lang msg.Lang, reg output.Registry[F], flag, out, def string) (output.Spec[F], error) {
	var (
		spec output.Spec[F]
		ok   bool
	)
	switch {
	case flag != "":
		if spec, ok = reg.Lookup(flag); !ok {
			valid := msg.T(lang, msg.HintValidValues, strings.Join(reg.Names(), ", "))
			return spec, &usageError{errors.New(msg.T(lang, msg.CLIBadFormat, flag, valid))}
		}
	default:
		if spec, ok = reg.ForPath(out); !ok {
			spec, _ = reg.Lookup(def)
		}
	}
	if spec.Binary && out == "" {
		return spec, &usageError{errors.New(msg.T(lang, msg.DiffNeedsOutput, spec.Name))}
	}
	return spec, nil
}

// checkJobs refuses a negative -j (0 is one job per core).
func checkJobs(lang msg.Lang, jobs int) error {
	if jobs < 0 {
		return &usageError{errors.New(msg.T(lang, msg.CLIBadJobs, jobs))}
	}
	return nil
}
