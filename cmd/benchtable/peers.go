package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// peerResult is what ocean.js did on the same devnet.
type peerResult struct {
	flows    int
	median   time.Duration
	counts   counts // one flow through the counting proxies
	pubTxs   int
	orderTxs int
}

// peerLine is one JSON line of flow.mjs.
type peerLine struct {
	OK    bool   `json:"ok"`
	Error string `json:"error"`
	MS    int64  `json:"ms"`
	// Step marks the end of a step ("published", "ordered") in the
	// counted run.
	Step string `json:"step"`
}

// runPeers runs ocean.js's free publish → order → download of fileURL:
// cfg.peerFlows timed flows straight at the devnet, then one flow through
// counting proxies in front of the JSON-RPC and the node.
func runPeers(ctx context.Context, cfg config, dev *child, fileURL string) (*peerResult, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, fmt.Errorf("node (Node.js) is required for -peers: %w", err)
	}
	if _, err := os.Stat(filepath.Join(cfg.peersDir, "node_modules", "@oceanprotocol", "lib", "package.json")); err != nil {
		return nil, fmt.Errorf("ocean.js is not installed in %s (make bench-peers installs it): %w", cfg.peersDir, err)
	}
	flows := func(rpcURL, nodeURL string, n int, steps func(string)) ([]time.Duration, error) {
		cmd := exec.CommandContext(ctx, node, "flow.mjs", strconv.Itoa(n))
		cmd.Dir = cfg.peersDir
		cmd.Env = append(os.Environ(), "ADDRESS_FILE="+dev.addrFile, "OCEAN_RPC_URL="+rpcURL,
			"OCEAN_NODE_URL="+nodeURL, "FILE_URL="+fileURL)
		// With STEP_SYNC the script stops after each step until it reads a
		// line, so the counts taken at a step are exact.
		var stdin io.WriteCloser
		if steps != nil {
			cmd.Env = append(cmd.Env, "STEP_SYNC=1")
			if stdin, err = cmd.StdinPipe(); err != nil {
				return nil, err
			}
		}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			return nil, err
		}
		if err := cmd.Start(); err != nil {
			return nil, err
		}
		var times []time.Duration
		var failure string
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var l peerLine
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			switch {
			case l.Step != "":
				if steps != nil {
					steps(l.Step)
					if _, err := io.WriteString(stdin, "go\n"); err != nil {
						return nil, err
					}
				}
			case l.OK:
				times = append(times, time.Duration(l.MS)*time.Millisecond)
			default:
				failure = l.Error
			}
		}
		if stdin != nil {
			_ = stdin.Close()
		}
		if err := cmd.Wait(); err != nil || failure != "" {
			return nil, fmt.Errorf("flow.mjs: %v %s: %s", err, failure, firstLine(stderr.String()))
		}
		if len(times) != n {
			return nil, fmt.Errorf("flow.mjs reported %d flows, want %d", len(times), n)
		}
		return times, nil
	}

	times, err := flows(dev.rpcURL, dev.nodeURL, cfg.peerFlows, nil)
	if err != nil {
		return nil, err
	}
	res := &peerResult{flows: len(times), median: median(times)}

	cnt, err := newCounter(dev.rpcURL, dev.nodeURL)
	if err != nil {
		return nil, err
	}
	proxy := func(target, host string) (string, func(), error) {
		u, err := url.Parse(target)
		if err != nil {
			return "", nil, err
		}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return "", nil, err
		}
		srv := &http.Server{Handler: cnt.proxy(u, host)}
		go func() { _ = srv.Serve(l) }()
		return "http://" + l.Addr().String(), func() { _ = srv.Close() }, nil
	}
	rpcProxy, stopRPC, err := proxy(dev.rpcURL, cnt.rpcHost)
	if err != nil {
		return nil, err
	}
	defer stopRPC()
	nodeProxy, stopNode, err := proxy(dev.nodeURL, cnt.nodeHost)
	if err != nil {
		return nil, err
	}
	defer stopNode()
	var atPublished, atOrdered counts
	if _, err := flows(rpcProxy, nodeProxy, 1, func(step string) {
		switch step {
		case "published":
			atPublished = cnt.snapshot()
		case "ordered":
			atOrdered = cnt.snapshot()
		}
	}); err != nil {
		return nil, fmt.Errorf("counted run: %w", err)
	}
	res.counts = cnt.snapshot()
	res.pubTxs = atPublished.Txs
	res.orderTxs = atOrdered.sub(atPublished).Txs
	return res, nil
}
