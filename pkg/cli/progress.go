package cli

import (
	"fmt"
	"strings"
	"sync"

	"github.com/kepatuhan/kepatuhan/pkg/msg"
)

// progress draws a bar on standard error while many files are read —
// only on a terminal, never in pipes or CI logs.
type progress struct {
	io    IO
	lang  msg.Lang
	mu    sync.Mutex
	shown bool
}

// minFilesForProgress: shorter batches finish before a bar helps.
const minFilesForProgress = 20

func newProgress(io IO, lang msg.Lang) *progress { return &progress{io: io, lang: lang} }

func (p *progress) update(done, total int) {
	if !p.io.ErrTTY || total < minFilesForProgress {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	const width = 30
	n := done * width / total
	fmt.Fprintf(p.io.Err, "\r[%s%s] %s", strings.Repeat("#", n), strings.Repeat(" ", width-n),
		msg.T(p.lang, msg.ProgressFiles, done, total))
	p.shown = true
}

// done clears the bar.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprintf(p.io.Err, "\r%s\r", strings.Repeat(" ", 60))
		p.shown = false
	}
}
