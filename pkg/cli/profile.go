package cli

import (
	"os"
	"runtime"
	"runtime/pprof"
)

// profile starts the CPU profile that KEPATUHAN_CPUPROFILE names, and
// writes the heap profile that KEPATUHAN_MEMPROFILE names when the
// command ends: the hooks pkg/bench/run.sh's profiles are taken with (see
// the README's Performance section). Neither is for users; an unwritable
// file is ignored, as the command's own work matters more.
func profile() (stop func()) {
	var stops []func()
	if name := os.Getenv("KEPATUHAN_CPUPROFILE"); name != "" {
		if f, err := os.Create(name); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				stops = append(stops, func() { pprof.StopCPUProfile(); f.Close() })
			} else {
				f.Close()
			}
		}
	}
	if name := os.Getenv("KEPATUHAN_MEMPROFILE"); name != "" {
		runtime.MemProfileRate = 64 << 10
		stops = append(stops, func() {
			if f, err := os.Create(name); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		})
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}
