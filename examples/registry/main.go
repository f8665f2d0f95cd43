// Registry is an HTTP service implementing the Assets Registry API of
// OEP-14 (the "keeper" agent API, the revision of oceanprotocol/OEPs
// 14/README.md whose paths are /api/v1/keeper/...) on top of ocean.go's
// journaled assets flows. The tests post every example request of that
// text verbatim (testdata/ASE.*).
//
//	POST   /api/v1/keeper/assets/metadata            register an asset (owner: the caller)
//	GET    /api/v1/keeper/assets/metadata/{assetId}  read it, with its contentState
//	PUT    /api/v1/keeper/assets/metadata            update its metadata (owner)
//	DELETE /api/v1/keeper/assets/metadata/{assetId}  retire it: revoked on chain (owner)
//	POST   /api/v1/keeper/assets/provider            associate a provider, with pricing
//	PUT    /api/v1/keeper/assets/provider            change the association (empty: remove)
//
// The mapping onto Ocean:
//
//   - An asset is a data NFT with its DDO: name, owner, attributes (as
//     tags) and links in the metadata, and one unpriced access service
//     serving the links' urls (nobody can order it). Every input is
//     optional: an empty registration gets a generated id, the name
//     "asset <id>", and its own registry document (GET, at -public-url)
//     as content. The owner is always the caller who signed the request;
//     an owner naming another address is refused, one that is not an
//     address (the spec example's "0x1234aa33bb") is ignored.
//   - A provider is an entry of the registry's directory: the agent's own
//     node, under its provider address, and each -provider id=nodeURL
//     (an id that is an address must be that node's provider address;
//     any other id, such as the spec's "0x99991234aa33bb", is the
//     operator's name for the node). Its owner's or the node's account
//     may associate it with an asset.
//   - Each price of an association is a service of its own, with its own
//     datatoken, served by the provider's node (its serviceEndpoint, its
//     files encrypted by that node): FREE is a dispenser, FIXED a
//     fixed-rate exchange at price OCEAN. price and quantity are JSON
//     numbers or strings, read exactly (no float rounding; a price finer
//     than 18 decimals is refused). quantity, a positive whole number,
//     is how many orders the service sells: its dispenser or exchange is
//     stocked with exactly that many datatokens at publication (the
//     agent's account pays quantity × 2e-11 OCEAN of community fees to
//     stock an exchange), and an order after the last fails before paying
//     (assets.ErrSoldOut). ASE.006 matches prices by id: added, removed,
//     updated in place (price, name, description) or replaced (scheme or
//     quantity: a new service with a fresh stock).
//   - The verification proofs go on chain: keccak256 of the provider's
//     proofs (their compact JSON as GET serves them) is stored in the data
//     NFT's ERC-725 store (setNewData; the agent owns the NFT) under
//     keccak256("oep14:verificationProofs:" + providerId), and cleared
//     when the association goes.
//   - Retiring (DELETE) sets the NFT's metadata state to 3, revoked by the
//     publisher: the nodes keep only a stub without metadata or services,
//     so the asset is neither discoverable, orderable nor downloadable.
//
// Writes answer 202 Accepted: the request is recorded in the journal and
// a background flow carries it out on chain (publish, update, add or
// change a service, retire). contentState is PENDING until the asset is
// on chain and indexed, PUBLISHED while a provider provides it,
// UNPUBLISHED otherwise and DISABLED once deleted (GET then answers 404).
// The journal is the registry's database: after a crash or restart,
// unfinished flows resume where they stopped, and never mint a second NFT
// or pay twice. OCEAN_JOURNAL selects it by URL: a directory (one
// registry process), or a PostgreSQL database shared by N replicas of the
// registry behind one load balancer, acting as the same agent account:
//
//	OCEAN_JOURNAL=postgres://registry@db/registry go run ./examples/registry -addr :8080
//
// Any replica accepts any request. Each asset's background work runs
// under the asset's journal lock, which a replica claims without waiting;
// every replica sweeps the journal for unfinished assets every
// -claim-every and claims those nobody works on, so the work of a replica
// that dies (its locks die with its database session) is finished by the
// others, and no asset is worked on by two replicas at once.
//
// Callers sign each request (see Sign in auth.go): EIP-191 signature
// over method, path, timestamp and the body's sha256, in the headers
// X-Ocean-Address, X-Ocean-Timestamp and X-Ocean-Signature. Stale
// timestamps and replays are refused with 401, as are changes by anyone
// but the asset's owner.
//
// The registry acts on chain as one account, the agent's
// (OCEAN_PRIVATE_KEY), and publishes on the configured Ocean node. With
// no network configured it runs on an embedded devnet:
//
//	go run ./examples/registry -addr 127.0.0.1:8080
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/examples/examplenet"
	"github.com/oceango/ocean.go/provider"
)

// config is what run needs.
type config struct {
	// agent is the registry's network and account. Its journal must be
	// durable (JournalDir or Journal) for flows to resume after a restart.
	agent ocean.Config
	// listener is where the API is served.
	listener net.Listener
	// claimEvery is how often the journal is swept for unfinished assets
	// that no live replica works on. Zero: 5 s.
	claimEvery time.Duration
	// providers are the providers besides the agent's own node, by
	// providerId: the URL of the Ocean node that serves each one's
	// services. A providerId that is an address must be the node's
	// provider address; any other id is the operator's name for it.
	providers map[string]string
	// publicURL is the registry's base URL as the Ocean nodes reach it.
	// Empty: http://<listener address>.
	publicURL string
}

// providerFlag collects -provider id=url flags.
type providerFlag map[string]string

func (f providerFlag) String() string { return fmt.Sprint(map[string]string(f)) }

func (f providerFlag) Set(v string) error {
	id, u, ok := strings.Cut(v, "=")
	if !ok || id == "" || u == "" {
		return errors.New("want providerId=nodeURL")
	}
	f[id] = u
	return nil
}

func main() {
	log.SetFlags(0)
	var nf examplenet.Flags
	nf.Register(flag.CommandLine)
	addr := flag.String("addr", "127.0.0.1:8080", "address to serve the API on")
	claimEvery := flag.Duration("claim-every", 5*time.Second, "how often to claim unfinished assets nobody works on")
	providers := providerFlag{}
	flag.Var(providers, "provider", "a provider besides the agent's node, as `providerId=nodeURL` (repeatable)")
	publicURL := flag.String("public-url", "", "the registry's URL as the Ocean nodes reach it (default: http://addr)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cfgs, dev, err := nf.Parties(ctx)
	if err != nil {
		log.Fatal("registry: ", err)
	}
	cfg := config{agent: cfgs[0], claimEvery: *claimEvery, providers: providers, publicURL: *publicURL}
	if dev != nil {
		defer dev.Close()
		dir, err := os.MkdirTemp("", "registry-journal-")
		if err != nil {
			log.Fatal("registry: ", err)
		}
		defer os.RemoveAll(dir)
		cfg.agent.JournalDir = dir
		fmt.Printf("embedded devnet: node %s; file origin %s\n", dev.NodeURL(), dev.FilesURL())
	}
	if cfg.agent.JournalURL == "" && cfg.agent.JournalDir == "" && cfg.agent.Journal == nil {
		log.Fatalf("registry: set %s (a directory or postgres://…): the journal is the registry's database", ocean.EnvJournal)
	}
	if cfg.listener, err = net.Listen("tcp", *addr); err != nil {
		log.Fatal("registry: ", err)
	}
	if err := run(ctx, cfg, os.Stdout); err != nil {
		log.Fatal("registry: ", err)
	}
}

// run serves the registry until ctx ends, then stops accepting requests,
// lets the background flows stop at their next step (they resume at the
// next start) and returns.
func run(ctx context.Context, cfg config, out io.Writer) error {
	c, err := ocean.Dial(ctx, cfg.agent)
	if err != nil {
		return err
	}
	defer c.Close()
	if c.Assets == nil {
		return errors.New("the registry needs an account (OCEAN_PRIVATE_KEY)")
	}
	chainID := int64(c.Network.ChainID)
	providerID, err := c.Provider.ProviderAddress(ctx, chainID)
	if err != nil {
		return err
	}
	dir := map[string]*nodeProvider{providerID.Hex(): {id: providerID.Hex(), address: providerID}}
	for id, u := range cfg.providers {
		np, err := dialProvider(ctx, id, u, chainID)
		if err != nil {
			return err
		}
		if dir[providerKey(id)] != nil {
			return fmt.Errorf("provider %s given twice", id)
		}
		dir[providerKey(id)] = np
	}
	public := cfg.publicURL
	if public == "" {
		public = "http://" + cfg.listener.Addr().String()
	}
	bg, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &registry{c: c, store: c.Journal, providers: dir, publicURL: strings.TrimSuffix(public, "/"), now: time.Now, bg: bg,
		running: map[string]bool{}, again: map[string]bool{}}
	defer r.wg.Wait() // after cancel: the flows stop at their next step
	n, err := r.resumeAll(ctx)
	if err != nil {
		return err
	}
	every := cfg.claimEvery
	if every <= 0 {
		every = 5 * time.Second
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.sweep(bg, every)
	}()
	fmt.Fprintf(out, "OEP-14 registry on http://%s (agent %s, providers %s); %d unfinished flow(s) resumed\n",
		cfg.listener.Addr(), c.Account.Address().Hex(), strings.Join(sortedKeys(dir), ", "), n)
	srv := &http.Server{Handler: r.handler(), ReadHeaderTimeout: 10 * time.Second,
		BaseContext: func(net.Listener) context.Context { return ctx }}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(cfg.listener) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	return srv.Shutdown(shutdown)
}

// dialProvider checks a configured provider: its node answers for the
// chain, and an id that is an address is the node's provider address.
func dialProvider(ctx context.Context, id, nodeURL string, chainID int64) (*nodeProvider, error) {
	p, err := provider.New(nodeURL)
	if err != nil {
		return nil, fmt.Errorf("provider %s: %w", id, err)
	}
	addr, err := p.ProviderAddress(ctx, chainID)
	if err != nil {
		return nil, fmt.Errorf("provider %s: %w", id, err)
	}
	if common.IsHexAddress(id) && common.HexToAddress(id) != addr {
		return nil, fmt.Errorf("provider %s: the node at %s is provider %s", id, nodeURL, addr.Hex())
	}
	return &nodeProvider{id: providerKey(id), endpoint: p.BaseURL(), address: addr}, nil
}
