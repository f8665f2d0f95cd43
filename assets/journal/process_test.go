//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package journal

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/internal/pgtest"
)

// Child processes re-execute the test binary with JOURNAL_CHILD set to a
// mode; TestMain runs the mode instead of the tests.
const (
	envMode = "JOURNAL_CHILD"
	envDir  = "JOURNAL_DIR"
	envN    = "JOURNAL_N"
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(envMode); mode != "" {
		if err := runChild(mode); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// counter is the payload of the counting children.
type counter struct {
	N     int    `json:"n"`
	Check string `json:"check"` // derived from N and large, so a torn file cannot pass
}

func newCounter(n int) counter {
	sum := sha256.Sum256([]byte(strconv.Itoa(n)))
	return counter{N: n, Check: strings.Repeat(hex.EncodeToString(sum[:]), 64)}
}

func (c counter) valid() bool { return c == newCounter(c.N) }

func runChild(mode string) error {
	ctx := context.Background()
	s, err := OpenURL(ctx, os.Getenv(envDir))
	if err != nil {
		return err
	}
	n, _ := strconv.Atoi(os.Getenv(envN))
	switch mode {
	case "locked-increment": // n times: Lock, Get, Put n+1
		for range n {
			unlock, err := s.Lock(ctx, "counter")
			if err != nil {
				return err
			}
			e, err := s.Get(ctx, "counter")
			if err != nil {
				return err
			}
			if err := increment(ctx, s, e); err != nil {
				return err
			}
			if err := unlock(); err != nil {
				return err
			}
		}
	case "cas-increment": // n times: Get, Put n+1, retry on conflict
		for i := 0; i < n; {
			e, err := s.Get(ctx, "counter")
			if err != nil {
				return err
			}
			err = increment(ctx, s, e)
			if errors.Is(err, ErrConflict) {
				continue
			}
			if err != nil {
				return err
			}
			i++
		}
	case "hold-lock":
		if _, err := s.Lock(ctx, "held"); err != nil {
			return err
		}
		fmt.Println("locked")
		time.Sleep(time.Hour)
	case "write-loop": // increment n keys round robin forever, report each durable value
		for i := 0; ; i++ {
			key := fmt.Sprintf("key-%d", i%n)
			e, err := s.Get(ctx, key)
			if err != nil {
				return err
			}
			if err := increment(ctx, s, e); err != nil {
				return err
			}
			var c counter
			if err := json.Unmarshal(e.Payload, &c); err != nil {
				return err
			}
			fmt.Printf("%s %d\n", key, c.N)
		}
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	return nil
}

func increment(ctx context.Context, s Store, e *Entry) error {
	var c counter
	if err := json.Unmarshal(e.Payload, &c); err != nil {
		return err
	}
	if !c.valid() {
		return fmt.Errorf("invalid counter payload %d", c.N)
	}
	b, err := json.Marshal(newCounter(c.N + 1))
	if err != nil {
		return err
	}
	e.Payload = b
	return s.Put(ctx, e)
}

// durable is a store that child processes can share: a FileStore
// directory or a PostgresStore URL (its own schema).
type durable struct {
	name   string
	target func(t *testing.T) string // directory or URL, for OpenURL
}

func durables() []durable {
	return []durable{
		{"file", func(t *testing.T) string { return t.TempDir() }},
		{"postgres", func(t *testing.T) string { return pgtest.URL(t) }},
	}
}

// openTarget opens the store at a durable's target, closed when t ends.
func openTarget(t *testing.T, target string) Store {
	t.Helper()
	s, err := OpenURL(t.Context(), target)
	require.NoError(t, err)
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func child(t *testing.T, dir, mode string, n int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envMode+"="+mode, envDir+"="+dir, envN+"="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	return cmd
}

func createCounter(t *testing.T, s Store, key string) {
	t.Helper()
	b, err := json.Marshal(newCounter(0))
	require.NoError(t, err)
	require.NoError(t, s.Create(t.Context(), &Entry{Key: key, Flow: "test", Payload: b}))
}

func readCounter(t *testing.T, s Store, key string) (counter, *Entry) {
	t.Helper()
	e, err := s.Get(t.Context(), key)
	require.NoError(t, err)
	var c counter
	require.NoError(t, json.Unmarshal(e.Payload, &c))
	require.True(t, c.valid(), "payload of %s is consistent", key)
	return c, e
}

// TestCrossProcessCounter has N processes each doing M read-increment-Put
// steps on one key, serialised by Lock in one run and by compare-and-swap
// retries in the other. No increment may be lost.
func TestCrossProcessCounter(t *testing.T) {
	const procs, steps = 4, 25
	for _, d := range durables() {
		for _, mode := range []string{"locked-increment", "cas-increment"} {
			t.Run(d.name+"/"+mode, func(t *testing.T) {
				dir := d.target(t)
				s := openTarget(t, dir)
				createCounter(t, s, "counter")
				var wg sync.WaitGroup
				for range procs {
					cmd := child(t, dir, mode, steps)
					wg.Go(func() { assert.NoError(t, cmd.Run()) })
				}
				wg.Wait()
				c, e := readCounter(t, s, "counter")
				assert.Equal(t, procs*steps, c.N)
				assert.Equal(t, uint64(procs*steps+1), e.Version)
			})
		}
	}
}

// TestLockReleasedWhenHolderKilled: a process holding a Lock is killed
// with SIGKILL; the kernel drops its flock (the server ends its session
// and its advisory locks) and the parent gets the lock.
func TestLockReleasedWhenHolderKilled(t *testing.T) {
	for _, d := range durables() {
		t.Run(d.name, func(t *testing.T) { testLockReleasedWhenHolderKilled(t, d) })
	}
}

func testLockReleasedWhenHolderKilled(t *testing.T, d durable) {
	dir := d.target(t)
	s := openTarget(t, dir)
	cmd := child(t, dir, "hold-lock", 0)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	line, err := bufio.NewReader(out).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "locked\n", line)

	_, err = Claim(t.Context(), s, "held")
	require.ErrorIs(t, err, ErrLocked)
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	_, err = s.Lock(ctx, "held")
	cancel()
	require.ErrorIs(t, err, context.DeadlineExceeded)

	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	_ = cmd.Wait()
	ctx, cancel = context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	unlock, err := s.Lock(ctx, "held")
	require.NoError(t, err)
	require.NoError(t, unlock())
}

// TestCrashSafety kills a writing process at random moments, many times.
// After every kill each entry decodes, holds a consistent value (old or
// new, never torn) at least as new as the last one the child reported as
// written (Put returned nil), and leftover temp files are invisible to
// readers and removed by Open.
func TestCrashSafety(t *testing.T) {
	for _, d := range durables() {
		t.Run(d.name, func(t *testing.T) { testCrashSafety(t, d) })
	}
}

func testCrashSafety(t *testing.T, d durable) {
	const keys, rounds = 3, 25
	dir := d.target(t)
	s := openTarget(t, dir)
	for i := range keys {
		createCounter(t, s, fmt.Sprintf("key-%d", i))
	}
	last := make(map[string]int) // highest value the children reported durable
	leftovers := 0
	for round := range rounds {
		cmd := child(t, dir, "write-loop", keys)
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		r := bufio.NewReader(out)
		_, err = r.ReadString('\n') // writing has started
		require.NoError(t, err)
		time.Sleep(time.Duration(rand.IntN(15000)) * time.Microsecond)
		require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
		reported, err := io.ReadAll(r)
		require.NoError(t, err)
		_ = cmd.Wait()
		for _, line := range strings.Split(strings.TrimSpace(string(reported)), "\n") {
			key, n, ok := strings.Cut(line, " ")
			if !ok {
				continue // the last line may be cut by the kill
			}
			if v, err := strconv.Atoi(n); err == nil {
				last[key] = max(last[key], v)
			}
		}

		var temps []string
		if d.name == "file" {
			temps, err = filepath.Glob(filepath.Join(dir, entriesDir, "*"+tempInfix+"*"))
			require.NoError(t, err)
			leftovers += len(temps)
		}
		es, err := s.List(t.Context(), Filter{})
		require.NoError(t, err, "round %d", round)
		require.Len(t, es, keys)
		for i := range keys {
			key := fmt.Sprintf("key-%d", i)
			c, e := readCounter(t, s, key)
			require.GreaterOrEqual(t, c.N, last[key], "round %d: %s lost a durable write", round, key)
			require.Equal(t, uint64(c.N+1), e.Version)
			last[key] = c.N
		}
		if len(temps) > 0 {
			openFile(t, dir)
			temps, err = filepath.Glob(filepath.Join(dir, entriesDir, "*"+tempInfix+"*"))
			require.NoError(t, err)
			require.Empty(t, temps, "Open removes leftover temp files")
		}
	}
	total := 0
	for _, n := range last {
		total += n
	}
	t.Logf("%d rounds, %d committed writes, %d kills left a temp file", rounds, total, leftovers)
	assert.Greater(t, total, rounds, "children made progress")
}
