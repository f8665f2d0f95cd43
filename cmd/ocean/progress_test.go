package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screen replays what was written to a terminal and returns the lines a
// person would see: "\r" returns to the line's start, later characters
// overwrite earlier ones, ESC[2K blanks the line; trailing blanks are cut.
func screen(out string) []string {
	out = strings.ReplaceAll(out, "\x1b[2K", "\x00")
	var lines []string
	var cur []rune
	col := 0
	for _, r := range out {
		switch r {
		case '\n':
			lines = append(lines, strings.TrimRight(string(cur), " "))
			cur, col = nil, 0
		case '\r':
			col = 0
		case 0:
			cur = nil
		default:
			if col < len(cur) {
				cur[col] = r
			} else {
				cur = append(cur, r)
			}
			col++
		}
	}
	return append(lines, strings.TrimRight(string(cur), " "))
}

func TestScreen(t *testing.T) {
	assert.Equal(t, []string{"ab", "xyzd"}, screen("ab\nabcd\rxyz"))
	assert.Equal(t, []string{"q"}, screen("long line\x1b[2K\rq"))
}

func TestDownloadBar(t *testing.T) {
	var buf bytes.Buffer
	b := newDownloadBar(&buf, "data.csv", 0)
	b.throttle = 0 // draw every update
	const total = 300 << 20
	var frames []string
	for _, n := range []int64{0, 1 << 20, 150 << 20, 299 << 20} {
		b.update(n, total)
		frames = append(frames, buf.String())
	}
	last := screen(frames[len(frames)-1])
	require.Len(t, last, 1, "the bar stays on one line")
	shown := last[0]
	assert.Contains(t, shown, "data.csv")
	assert.Contains(t, shown, "99%")
	assert.Contains(t, shown, "299/300 MiB", "bytes done and total")
	assert.Regexp(t, `B/s\) \[[0-9smh]+:[0-9smh]+\]$`, shown, "rate, elapsed and ETA")

	// No redraw leaves characters of a longer line behind: what is seen
	// after each update is exactly the library's own rendering of it.
	for i, f := range frames {
		seen := screen(f)
		tail := f[strings.LastIndex(f, "\r")+1:]
		assert.Equal(t, strings.TrimRight(tail, " "), seen[len(seen)-1], "frame %d", i)
	}

	b.update(total, total)
	b.finish()
	assert.Equal(t, []string{""}, screen(buf.String()), "finish clears the line")

	// Resumed: the bar counts this run's bytes, so the rate is this run's.
	buf.Reset()
	r := newDownloadBar(&buf, "x", 100<<20)
	r.throttle = 0
	r.update(150<<20, 200<<20)
	assert.Contains(t, screen(buf.String())[0], "x (resumed)")
	assert.Contains(t, screen(buf.String())[0], "50%")
	r.finish()

	// Unknown size: a spinner with bytes and rate, no percent.
	buf.Reset()
	u := newDownloadBar(&buf, "y", 0)
	u.throttle = 0
	u.update(3<<20, -1)
	assert.Contains(t, screen(buf.String())[0], "y")
	assert.Contains(t, screen(buf.String())[0], "3.0 MiB")
	assert.NotContains(t, screen(buf.String())[0], "%")
	u.finish()
	assert.Equal(t, []string{""}, screen(buf.String()))

	// Never updated (the download failed first): nothing drawn.
	buf.Reset()
	newDownloadBar(&buf, "z", 0).finish()
	assert.Empty(t, buf.String())
}
