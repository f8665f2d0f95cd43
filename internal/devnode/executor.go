package devnode

import (
	"archive/tar"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// executor runs compute jobs as local child processes. It isolates
// nothing: the algorithm runs with the node's user, file system and
// network. It is for development only.
type executor struct {
	dir     string
	removal bool // dir was created by the executor and is removed on close
}

func newExecutor(dir string) (*executor, error) {
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("devnode: compute work dir: %w", err)
		}
		return &executor{dir: dir}, nil
	}
	d, err := os.MkdirTemp("", "devnode-compute-")
	if err != nil {
		return nil, fmt.Errorf("devnode: compute work dir: %w", err)
	}
	return &executor{dir: d, removal: true}, nil
}

func (x *executor) close() {
	if x.removal {
		os.RemoveAll(x.dir)
	}
}

// layout is a job's directory tree, as C2D lays it out under /data.
type layout struct {
	root      string // the job directory
	data      string // root/data
	inputs    string // data/inputs: <did>/<index> and algoCustomData.json
	ddos      string // data/ddos: <did>
	algorithm string // data/transformations/algorithm
	outputs   string // data/outputs
	logs      string // data/logs
}

func (x *executor) layout(jobID string) (*layout, error) {
	root := filepath.Join(x.dir, jobID)
	data := filepath.Join(root, "data")
	l := &layout{
		root:      root,
		data:      data,
		inputs:    filepath.Join(data, "inputs"),
		ddos:      filepath.Join(data, "ddos"),
		algorithm: filepath.Join(data, "transformations", "algorithm"),
		outputs:   filepath.Join(data, "outputs"),
		logs:      filepath.Join(data, "logs"),
	}
	for _, d := range []string{l.inputs, l.ddos, filepath.Dir(l.algorithm), l.outputs, l.logs} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// errNoInterpreter reports an entrypoint whose program is not installed.
var errNoInterpreter = errors.New("algorithm interpreter not found")

// command builds the child process for an entrypoint such as
// "python $ALGO" or "node $ALGO": $ALGO becomes the algorithm's path; the
// first word is looked up on PATH ("python" falls back to "python3").
func command(ctx context.Context, entrypoint string, l *layout) (*exec.Cmd, error) {
	fields := strings.Fields(strings.ReplaceAll(entrypoint, "$ALGO", l.algorithm))
	if len(fields) == 0 {
		fields = []string{l.algorithm}
		if err := os.Chmod(l.algorithm, 0o755); err != nil {
			return nil, err
		}
	}
	prog, err := exec.LookPath(fields[0])
	if err != nil && fields[0] == "python" {
		prog, err = exec.LookPath("python3")
	}
	if err != nil {
		return nil, errNoInterpreter
	}
	cmd := exec.CommandContext(ctx, prog, fields[1:]...)
	cmd.Dir = l.data
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	return cmd, nil
}

// tarDir writes the regular files under dir into a tar file at dst, with
// paths relative to dir's parent ("outputs/…"), streaming.
func tarDir(dir, dst string) (int64, error) {
	f, err := os.Create(dst)
	if err != nil {
		return 0, err
	}
	tw := tar.NewWriter(f)
	base := filepath.Dir(dir)
	walkErr := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.Mode().IsRegular() && !info.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(base, path)
		if err != nil {
			return err
		}
		hdr, err := tar.FileInfoHeader(info, "")
		if err != nil {
			return err
		}
		hdr.Name = filepath.ToSlash(rel)
		if err := tw.WriteHeader(hdr); err != nil {
			return err
		}
		if info.IsDir() {
			return nil
		}
		src, err := os.Open(path)
		if err != nil {
			return err
		}
		defer src.Close()
		_, err = io.Copy(tw, src)
		return err
	})
	if err := errors.Join(walkErr, tw.Close(), f.Close()); err != nil {
		return 0, err
	}
	st, err := os.Stat(dst)
	if err != nil {
		return 0, err
	}
	return st.Size(), nil
}
