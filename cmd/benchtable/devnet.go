package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// child is an `ocean devnet` process.
type child struct {
	cmd      *exec.Cmd
	done     chan error // Wait's result
	stderr   *bytes.Buffer
	rpcURL   string
	nodeURL  string
	addrFile string
	// Ready is the time from exec until the JSON-RPC and the node answered.
	Ready time.Duration
}

// freeAddr returns a loopback address with a port that was free a moment
// ago.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// startChild runs `bin devnet` on free ports and returns once its JSON-RPC
// answers eth_blockNumber and its node answers GET /. The clock runs from
// just before exec.
func startChild(ctx context.Context, bin, dir string) (*child, error) {
	rpc, err := freeAddr()
	if err != nil {
		return nil, err
	}
	node, err := freeAddr()
	if err != nil {
		return nil, err
	}
	c := &child{done: make(chan error, 1), stderr: &bytes.Buffer{},
		rpcURL: "http://" + rpc, nodeURL: "http://" + node, addrFile: filepath.Join(dir, "address.json")}
	_ = os.Remove(c.addrFile)
	c.cmd = exec.Command(bin, "devnet", "--rpc-listen", rpc, "--node-listen", node,
		"--files", "127.0.0.1:0", "--address-file", c.addrFile)
	c.cmd.Stderr = c.stderr
	hc := &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	start := time.Now()
	if err := c.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { c.done <- c.cmd.Wait() }()
	for !answering(ctx, hc, c.rpcURL, c.nodeURL) {
		select {
		case err := <-c.done:
			return nil, fmt.Errorf("ocean devnet exited: %v: %s", err, c.stderr.Bytes())
		case <-ctx.Done():
			c.stop()
			return nil, ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
	c.Ready = time.Since(start)
	// The address file is written right after the network is up.
	for {
		if _, err := os.Stat(c.addrFile); err == nil {
			return c, nil
		}
		select {
		case err := <-c.done:
			return nil, fmt.Errorf("ocean devnet exited: %v: %s", err, c.stderr.Bytes())
		case <-ctx.Done():
			c.stop()
			return nil, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// answering reports whether the chain answers eth_blockNumber and the node
// answers GET /.
func answering(ctx context.Context, hc *http.Client, rpcURL, nodeURL string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rpcURL,
		strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return false
	}
	var b bytes.Buffer
	_, _ = b.ReadFrom(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.Contains(b.Bytes(), []byte(`"result"`)) {
		return false
	}
	req, err = http.NewRequestWithContext(ctx, http.MethodGet, nodeURL+"/", nil)
	if err != nil {
		return false
	}
	resp, err = hc.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// stop interrupts the process (as Ctrl-C) and waits for it, killing it
// after 20 s.
func (c *child) stop() error {
	_ = c.cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-c.done:
		return err
	case <-time.After(20 * time.Second):
		_ = c.cmd.Process.Kill()
		return errors.Join(errors.New("ocean devnet did not stop on interrupt"), <-c.done)
	}
}

// memory returns the process's resident set size and its peak (VmRSS,
// VmHWM) in bytes, from /proc.
func (c *child) memory() (rss, hwm int64, err error) {
	return procMemory(c.cmd.Process.Pid)
}

func procMemory(pid int) (rss, hwm int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %q: %w", k, v, err)
		}
		if k == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
	}
	if rss == 0 {
		return 0, 0, errors.New("no VmRSS in /proc status")
	}
	return rss, hwm, nil
}
