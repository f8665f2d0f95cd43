package main

import (
	"bufio"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/assets/journal"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/pgtest"
)

// A replica is this test binary re-executed with replicaEnv set to a
// replicaSpec: TestMain runs the registry instead of the tests.
const replicaEnv = "REGISTRY_REPLICA"

// replicaSpec is what the test passes to a replica process.
type replicaSpec struct {
	RPCURL, NodeURL string
	Contracts       addresses.Contracts
	Key             string // the agent's hex private key
	Journal         string // OCEAN_JOURNAL: the shared PostgreSQL journal
	ClaimEvery      time.Duration
	// KillAt, when set, makes the replica SIGKILL itself the first time a
	// publication reaches this step.
	KillAt string
}

func TestMain(m *testing.M) {
	if raw := os.Getenv(replicaEnv); raw != "" {
		if err := runReplica(raw); err != nil {
			fmt.Fprintln(os.Stderr, "replica:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runReplica serves the registry as one replica until it is killed.
func runReplica(raw string) error {
	var spec replicaSpec
	if err := json.Unmarshal([]byte(raw), &spec); err != nil {
		return err
	}
	key, err := crypto.HexToECDSA(spec.Key)
	if err != nil {
		return err
	}
	contracts := spec.Contracts
	cfg := config{agent: ocean.Config{Network: addresses.Development, RPCURL: spec.RPCURL, NodeURL: spec.NodeURL,
		Contracts: &contracts, JournalURL: spec.Journal, Signers: ocean.NewKeySigners(key, addresses.DevChainID)},
		claimEvery: spec.ClaimEvery}
	if spec.KillAt != "" {
		cfg.agent.AssetsOptions = []assets.Option{assets.WithAfterStep(func(key, point string) {
			if strings.HasSuffix(key, "/publish") && point == spec.KillAt {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
		})}
	}
	if cfg.listener, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		return err
	}
	return run(context.Background(), cfg, os.Stdout)
}

// replica is a registry process started by a test.
type replica struct {
	cmd    *exec.Cmd
	url    string
	exited chan struct{} // closed when the process has exited, with err set
	err    error
}

var servingLine = regexp.MustCompile(`registry on (http://\S+) `)

// startReplica starts a replica process and waits until it serves.
func startReplica(t *testing.T, spec replicaSpec) *replica {
	t.Helper()
	b, err := json.Marshal(spec)
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), replicaEnv+"="+string(b))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	r := &replica{cmd: cmd, exited: make(chan struct{})}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-r.exited
	})
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if m := servingLine.FindStringSubmatch(lines.Text()); m != nil {
			r.url = m[1]
			break
		}
	}
	if r.url == "" {
		r.err = cmd.Wait()
		close(r.exited)
		t.Fatalf("the replica did not start serving: %v", r.err)
	}
	go func() {
		for lines.Scan() { // keep the pipe drained
		}
		r.err = cmd.Wait()
		close(r.exited)
	}()
	return r
}

// TestRegistryReplicas runs the registry as three replica processes on
// one PostgreSQL journal, acting as one agent account. Registrations are
// sent round-robin; one replica SIGKILLs itself when one of its
// publications has created the NFT, and the two others finish its work:
// every asset ends published exactly once — one NFT each, and the agent
// sent exactly the two transactions per asset a publication needs (no
// transaction repeated, none lost).
func TestRegistryReplicas(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns replica processes")
	}
	pg := pgtest.URL(t)
	dn := startDevnet(t)
	agentCfg := dn.Config(0)
	agentKey := dn.Accounts()[1].Key
	agent := crypto.PubkeyToAddress(agentKey.PublicKey)
	startNonce, err := dn.Client().NonceAt(t.Context(), agent, nil)
	require.NoError(t, err)

	spec := replicaSpec{RPCURL: dn.RPCURL(), NodeURL: dn.NodeURL(), Contracts: *agentCfg.Contracts,
		Key: hex.EncodeToString(crypto.FromECDSA(agentKey)), Journal: pg, ClaimEvery: 100 * time.Millisecond}
	victimSpec := spec
	victimSpec.KillAt = assets.StatusNFTCreated
	replicas := []*replica{startReplica(t, victimSpec), startReplica(t, spec), startReplica(t, spec)}

	const n = 6
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("replica-asset-%d", i)
		fileURL, err := dn.AddFile(ids[i]+".csv", strings.NewReader(fmt.Sprintf("n\n%d\n", i)))
		require.NoError(t, err)
		owner := newCaller(t, replicas[i%len(replicas)].url, dn.Accounts()[2].Key)
		code, _ := owner.call(http.MethodPost, metadataPath, Asset{AssetID: ids[i], Links: []Link{{URL: fileURL}}})
		require.Equal(t, http.StatusAccepted, code, "registration %d", i)
	}

	// The victim dies mid-publication (SIGKILL, right after an NFT was
	// created).
	select {
	case <-replicas[0].exited:
		err := replicas[0].err
		var ee *exec.ExitError
		require.True(t, errors.As(err, &ee), "the victim exited: %v", err)
		ws, ok := ee.Sys().(syscall.WaitStatus)
		require.True(t, ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL, "the victim was killed: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("the victim replica never reached a kill point")
	}

	// The survivors finish everything, the victim's assets included.
	var dids []string
	for i, id := range ids {
		anon := &caller{t: t, url: replicas[1+i%2].url}
		a := waitState(t, anon, id, stateUnpublished)
		require.NotEmpty(t, a.DID)
		dids = append(dids, a.DID)
	}

	store, err := journal.OpenPostgres(t.Context(), pg)
	require.NoError(t, err)
	defer store.Close()
	f := erc721factory.NewNFTFactory()
	logs, err := dn.Client().FilterLogs(t.Context(), ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{dn.Contracts().ERC721Factory}})
	require.NoError(t, err)
	names := map[string]int{}
	for _, l := range logs {
		if ev, err := f.UnpackNFTCreatedEvent(&l); err == nil && ev.Creator == agent {
			names[ev.TokenName]++
		}
	}
	for i, id := range ids {
		assert.Equal(t, 1, names[assets.NFTName(recordKey(id)+"/publish")], "exactly one NFT for %s", id)
		e, err := store.Get(t.Context(), recordKey(id)+"/publish")
		require.NoError(t, err)
		assert.Equal(t, assets.StatusDone, e.Status, id)
		assert.NotEmpty(t, dids[i])
	}
	end, err := dn.Client().NonceAt(t.Context(), agent, nil)
	require.NoError(t, err)
	assert.Equal(t, startNonce+2*n, end, "two transactions per asset: NFT creation and setMetaData, nothing repeated")
}
