package examplenet

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	ocean "github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/addresses"
	"github.com/oceango/ocean.go/devnet"
)

// Flags are the network flags every example accepts; each overrides the
// OCEAN_* variable of the same meaning.
type Flags struct {
	Network, RPCURL, NodeURL string
}

// Register adds -network, -rpc and -node to fs.
func (f *Flags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.Network, "network", "", "network name or chain id (default $"+ocean.EnvNetwork+"; none: an embedded devnet)")
	fs.StringVar(&f.RPCURL, "rpc", "", "JSON-RPC endpoint (default $"+ocean.EnvRPCURL+")")
	fs.StringVar(&f.NodeURL, "node", "", "Ocean node URL (default $"+ocean.EnvNodeURL+")")
}

// Configured reports whether the flags or the environment name a network;
// otherwise the examples start a devnet.
func (f *Flags) Configured() bool {
	return f.Network != "" || f.RPCURL != "" || os.Getenv(ocean.EnvNetwork) != "" || os.Getenv(ocean.EnvRPCURL) != ""
}

// Configs returns one ocean.Config per party on the configured network:
// the first with the key of ocean.ConfigFromEnv, each further one with the
// hex private key in the environment variable named by extraKeyEnvs.
// They share the network settings and the journal directory (flows are
// journaled per account, so parties never see each other's entries).
func (f *Flags) Configs(extraKeyEnvs ...string) ([]ocean.Config, error) {
	// The flags override the environment: they are written into this
	// program's environment, which ConfigFromEnv then reads as one source.
	for env, v := range map[string]string{ocean.EnvNetwork: f.Network, ocean.EnvRPCURL: f.RPCURL, ocean.EnvNodeURL: f.NodeURL} {
		if v == "" {
			continue
		}
		if err := os.Setenv(env, v); err != nil {
			return nil, err
		}
	}
	base, err := ocean.ConfigFromEnv()
	if err != nil {
		return nil, err
	}
	if base.Key.IsZero() {
		return nil, fmt.Errorf("examplenet: set %s (or %s) to the first party's key", ocean.EnvPrivateKey, ocean.EnvKeystore)
	}
	out := []ocean.Config{base}
	for _, env := range extraKeyEnvs {
		if os.Getenv(env) == "" {
			return nil, fmt.Errorf("examplenet: set %s to a funded account's hex private key", env)
		}
		c := base
		c.Key = ocean.KeySource{PrivateKeyEnv: env}
		out = append(out, c)
	}
	return out, nil
}

// Devnet is an embedded local Ocean network for the examples: a dev
// chain with the Ocean contracts and funded accounts, an Ocean node and a
// file origin, all in this process.
type Devnet struct {
	*devnet.Network
}

// StartDevnet starts a devnet with JSON-RPC on a free loopback port. The
// examples run compute jobs on it, so its node runs them as local,
// unsandboxed processes (devnet.Options.AllowLocalCompute): they are the
// examples' own algorithms, in this process's devnet.
func StartDevnet(ctx context.Context) (*Devnet, error) {
	n, err := devnet.Start(ctx, devnet.Options{RPCAddr: "127.0.0.1:0", AllowLocalCompute: true})
	if err != nil {
		return nil, err
	}
	return &Devnet{Network: n}, nil
}

// Config returns the configuration of party i (0 is the first party,
// devnet account i+1), with the flows journaled in memory.
func (d *Devnet) Config(i int) ocean.Config {
	contracts := d.Contracts()
	return ocean.Config{
		Network:   addresses.Development,
		RPCURL:    d.RPCURL(),
		NodeURL:   d.NodeURL(),
		Contracts: &contracts,
		Signers:   ocean.NewKeySigners(d.Accounts()[i+1].Key, d.ChainID()),
	}
}

// Configs returns the configurations of parties 0 to n-1.
func (d *Devnet) Configs(n int) []ocean.Config {
	out := make([]ocean.Config, n)
	for i := range out {
		out[i] = d.Config(i)
	}
	return out
}

// DialAll dials one client per configuration. On error the clients
// already dialled are closed.
func DialAll(ctx context.Context, cfgs ...ocean.Config) ([]*ocean.Client, error) {
	out := make([]*ocean.Client, 0, len(cfgs))
	for _, cfg := range cfgs {
		c, err := ocean.Dial(ctx, cfg)
		if err != nil {
			CloseAll(out...)
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// CloseAll closes the clients.
func CloseAll(cs ...*ocean.Client) {
	for _, c := range cs {
		_ = c.Close()
	}
}

// Sample returns n bytes of CSV to publish, the same for the same n.
func Sample(n int) io.Reader {
	return io.LimitReader(&csvRows{}, int64(n))
}

// csvRows generates "i,i*i\n" rows forever.
type csvRows struct {
	i   int
	buf []byte
}

func (r *csvRows) Read(p []byte) (int, error) {
	if len(r.buf) == 0 {
		if r.i == 0 {
			r.buf = []byte("n,square\n")
		} else {
			r.buf = fmt.Appendf(nil, "%d,%d\n", r.i, r.i*r.i)
		}
		r.i++
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// Parties returns one configuration per party of an example: on the
// configured network (see Configs), or on a devnet started here when none
// is configured. The devnet is returned so that the example can host its
// files there; the caller closes it. On a configured network it is nil.
func (f *Flags) Parties(ctx context.Context, extraKeyEnvs ...string) ([]ocean.Config, *Devnet, error) {
	if f.Configured() {
		cfgs, err := f.Configs(extraKeyEnvs...)
		return cfgs, nil, err
	}
	net, err := StartDevnet(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("start a devnet: %w (`make demo` installs the contracts it needs)", err)
	}
	return net.Configs(1 + len(extraKeyEnvs)), net, nil
}

// Host serves the content of r as name on the devnet's file origin and
// sets *url to its URL, unless *url is already set (a file given by URL).
func (d *Devnet) Host(url *string, name string, r io.Reader) error {
	if *url != "" {
		return nil
	}
	u, err := d.AddFile(name, r)
	*url = u
	return err
}
