package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/indexer"
	"github.com/oceango/ocean.go/nodehttp"
)

// globals are the flags every command accepts. Empty string flags fall
// back to the environment (see configFromEnv).
type globals struct {
	network, rpc, node, indexer string
	addressFile, journalDir     string
	keystore                    string
	noJournal                   bool
	json                        bool
	timeout                     time.Duration
	verbose                     int
	logLevel                    string
	cancel                      context.CancelFunc
}

func (g *globals) register(f *pflag.FlagSet) {
	f.StringVar(&g.network, "network", "", "network preset name or chain id (env "+ocean.EnvNetwork+")")
	f.StringVar(&g.rpc, "rpc", "", "JSON-RPC endpoint (env "+ocean.EnvRPCURL+"; default: the network's)")
	f.StringVar(&g.node, "node", "", "Ocean node URL (env "+ocean.EnvNodeURL+"; default: the network's)")
	f.StringVar(&g.indexer, "indexer", "", "indexer URL (env "+ocean.EnvIndexerURL+"; default: the node)")
	f.StringVar(&g.addressFile, "addresses", "", "contracts' address.json (env "+ocean.EnvAddressFile+")")
	f.StringVar(&g.journalDir, "journal", "", "flow journal: a directory or a postgres:// URL (env "+ocean.EnvJournal+
		" or "+ocean.EnvJournalDir+"; default: $XDG_STATE_HOME/ocean/journal)")
	f.BoolVar(&g.noJournal, "no-journal", false, "keep no journal: nothing is remembered between runs but the chain")
	f.StringVar(&g.keystore, "keystore", "", "encrypted keystore file of the account (env "+ocean.EnvKeystore+
		"; password from "+ocean.EnvKeystorePassword+")")
	f.BoolVar(&g.json, "json", false, "print results as JSON, one object per line")
	f.DurationVar(&g.timeout, "timeout", 0, "give up after this long (exit status 5); 0: no limit")
	f.CountVarP(&g.verbose, "verbose", "v", "log the SDK's diagnostics on stderr: -v info, -vv debug (every step)")
	f.StringVar(&g.logLevel, "log-level", "", "log the SDK's diagnostics at this level and above on stderr: "+
		strings.Join(logLevelNames(), ", "))
	g.cancel = func() {}
}

// logLevelNames returns the values --log-level takes.
func logLevelNames() []string { return []string{"debug", "info", "warn", "error"} }

// logger returns the logger -v or --log-level ask for (text on stderr,
// JSON lines with --json), or nil when they ask for none: the SDK is then
// silent.
func (g *globals) logger(stderr io.Writer) (*slog.Logger, error) {
	var level slog.Level
	switch {
	case g.logLevel != "":
		if err := level.UnmarshalText([]byte(g.logLevel)); err != nil || !slices.Contains(logLevelNames(), strings.ToLower(g.logLevel)) {
			return nil, usagef("--log-level %q: use one of %s", g.logLevel, strings.Join(logLevelNames(), ", "))
		}
	case g.verbose == 1:
		level = slog.LevelInfo
	case g.verbose > 1:
		level = slog.LevelDebug
	default:
		return nil, nil
	}
	opts := &slog.HandlerOptions{Level: level}
	if g.json {
		return slog.New(slog.NewJSONHandler(stderr, opts)), nil
	}
	return slog.New(slog.NewTextHandler(stderr, opts)), nil
}

// withTimeout applies --timeout to ctx.
func (g *globals) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if g.timeout > 0 {
		return context.WithTimeout(ctx, g.timeout)
	}
	return context.WithCancel(ctx)
}

// configFromEnv reads the OCEAN_* variables through ocean.ConfigFromEnv,
// the SDK's one reader of the environment (the key itself is read later,
// by ocean.LoadSigners, from the variable the KeySource names).
func (e *env) configFromEnv() (ocean.Config, error) {
	cfg, err := ocean.ConfigFromEnv()
	if err != nil {
		return ocean.Config{}, usagef("%v", err)
	}
	return cfg, nil
}

// config merges the flags over the environment.
func (e *env) config() (ocean.Config, error) {
	cfg, err := e.configFromEnv()
	if err != nil {
		return cfg, err
	}
	g := &e.g
	for _, o := range []struct{ flag, dst *string }{
		{&g.network, &cfg.Network}, {&g.rpc, &cfg.RPCURL}, {&g.node, &cfg.NodeURL},
		{&g.indexer, &cfg.IndexerURL}, {&g.addressFile, &cfg.AddressFile},
	} {
		if *o.flag != "" {
			*o.dst = *o.flag
		}
	}
	if cfg.JournalURL, err = e.journalLocation(cfg); err != nil {
		return cfg, err
	}
	cfg.JournalDir = ""
	cfg.Logger = e.log
	if !g.json && e.terminal(e.stderr) {
		cfg.AssetsOptions = append(cfg.AssetsOptions, assets.WithAfterStep(stepPrinter(e.stderr)))
	}
	if g.keystore != "" { // an explicit flag wins over either variable
		cfg.Key = ocean.KeySource{Keystore: g.keystore, PasswordEnv: ocean.EnvKeystorePassword}
	}
	if cfg.Network == "" && cfg.RPCURL == "" {
		return cfg, usagef("no network: set --network or --rpc (or %s, %s)", ocean.EnvNetwork, ocean.EnvRPCURL)
	}
	return cfg, nil
}

// indexerClient returns a client of the indexer without touching the
// chain: --indexer, else --node, else the network preset's node.
func (e *env) indexerClient() (*indexer.Client, error) {
	cfg, err := e.configFromEnv()
	if err != nil {
		return nil, err
	}
	url := firstNonEmpty(e.g.indexer, cfg.IndexerURL, e.g.node, cfg.NodeURL)
	if network := firstNonEmpty(e.g.network, cfg.Network); network != "" && url != "" {
		// A URL makes the network unnecessary here, not a wrong one right.
		if err := checkNetwork(network, firstNonEmpty(e.g.addressFile, cfg.AddressFile)); err != nil {
			return nil, err
		}
	}
	if url == "" {
		network := firstNonEmpty(e.g.network, cfg.Network)
		if network == "" {
			return nil, usagef("no indexer: set --indexer, --node or --network (or %s, %s, %s)",
				ocean.EnvIndexerURL, ocean.EnvNodeURL, ocean.EnvNetwork)
		}
		n, err := ocean.LookupNetwork(network)
		if err != nil {
			return nil, err
		}
		if url = n.NodeURL; url == "" {
			return nil, usagef("network %q has no default node: set --node or --indexer", network)
		}
	}
	var opts []nodehttp.Option
	if e.log != nil {
		opts = append(opts, nodehttp.WithLogger(e.log))
	}
	return indexer.New(url, opts...)
}

// checkNetwork fails with an *ocean.UnknownNetworkError when network is
// neither a preset nor a network of the address file.
func checkNetwork(network, addressFile string) error {
	if _, err := ocean.LookupNetwork(network); err == nil {
		return nil
	}
	if addressFile != "" {
		b, err := os.ReadFile(addressFile)
		if err != nil {
			return fmt.Errorf("address file: %w", err)
		}
		ns, err := ocean.ParseAddressFile(b)
		if err != nil {
			return &usageError{err}
		}
		for _, n := range ns {
			if n.Name == network || fmt.Sprint(n.ChainID) == network {
				return nil
			}
		}
	}
	return &ocean.UnknownNetworkError{Network: network}
}

// checkDID rejects what is not an Ocean DID before anything is asked of
// a server (a usage error).
func checkDID(did string) error {
	rest, ok := strings.CutPrefix(did, "did:op:")
	if !ok {
		rest, ok = strings.CutPrefix(did, "did:ope:")
	}
	if !ok || len(rest) != 64 || strings.Trim(strings.ToLower(rest), "0123456789abcdef") != "" {
		return usagef("%q is not an Ocean DID (did:op: followed by 64 hex digits)", did)
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// dial connects to the configured network. With needAccount, a session
// without a key is a usage error; otherwise the client's Account (and
// Assets) may be nil.
func (e *env) dial(ctx context.Context, needAccount bool) (*ocean.Client, error) {
	cfg, err := e.config()
	if err != nil {
		return nil, err
	}
	if needAccount && cfg.Key.IsZero() {
		return nil, usagef("this command needs an account: set %s, or %s or --keystore with %s",
			ocean.EnvPrivateKey, ocean.EnvKeystore, ocean.EnvKeystorePassword)
	}
	return ocean.Dial(ctx, cfg)
}

// withSession dials, runs f and closes the session.
func (e *env) withSession(ctx context.Context, needAccount bool, f func(*ocean.Client) error) error {
	s, err := e.dial(ctx, needAccount)
	if err != nil {
		return err
	}
	defer s.Close()
	return f(s)
}
