// Registry is an HTTP service implementing the Assets Registry API of
// OEP-14 (the "keeper" agent API) on top of ocean.go's journaled assets
// flows: an OEP-14 asset is an Ocean data NFT with its DDO, and
// associating a provider with a price adds a service sold through a
// dispenser (FREE) or a fixed-rate exchange (FIXED).
//
//	POST   /api/v1/keeper/assets/metadata            register an asset (owner: the caller)
//	GET    /api/v1/keeper/assets/metadata/{assetId}  read it, with its contentState
//	PUT    /api/v1/keeper/assets/metadata            update its metadata (owner)
//	DELETE /api/v1/keeper/assets/metadata/{assetId}  disable it, retired on chain (owner)
//	POST   /api/v1/keeper/assets/provider            associate the provider, with pricing
//	PUT    /api/v1/keeper/assets/provider            change the association (empty: remove)
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
	"time"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/examples/examplenet"
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
}

func main() {
	log.SetFlags(0)
	var nf examplenet.Flags
	nf.Register(flag.CommandLine)
	addr := flag.String("addr", "127.0.0.1:8080", "address to serve the API on")
	claimEvery := flag.Duration("claim-every", 5*time.Second, "how often to claim unfinished assets nobody works on")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	cfgs, dev, err := nf.Parties(ctx)
	if err != nil {
		log.Fatal("registry: ", err)
	}
	cfg := config{agent: cfgs[0], claimEvery: *claimEvery}
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
	providerID, err := c.Provider.ProviderAddress(ctx, int64(c.Network.ChainID))
	if err != nil {
		return err
	}
	bg, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &registry{c: c, store: c.Journal, providerID: providerID, now: time.Now, bg: bg,
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
	fmt.Fprintf(out, "OEP-14 registry on http://%s (agent %s, provider %s); %d unfinished flow(s) resumed\n",
		cfg.listener.Addr(), c.Account.Address.Hex(), providerID.Hex(), n)
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
