package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
	"github.com/oceango/ocean.go/provider"
)

func newComputeCommand(e *env) *cobra.Command {
	return groupCommand("compute", "Run compute-to-data jobs and fetch their results",
		newComputeEnvsCommand(e), newComputeStartCommand(e), newComputeStatusCommand(e),
		newComputeResultCommand(e), newComputeLogsCommand(e), newComputeStopCommand(e))
}

// withCompute dials with an account (a session without one is a usage
// error) and runs f with the account's compute client: the facade's, the
// one its flows use.
func (e *env) withCompute(ctx context.Context, f func(*ocean.Client, *compute.Client) error) error {
	return e.withSession(ctx, true, func(c *ocean.Client) error { return f(c, c.Compute) })
}

// jobStatus is how a job's status is printed: State names the status
// code ("running", "algorithm failed"), Text is the node's own wording.
type jobStatus struct {
	JobID    string `json:"jobId"`
	Status   int    `json:"status"`
	State    string `json:"state"`
	Text     string `json:"statusText"`
	Terminal bool   `json:"terminal"`
	ExitCode *int   `json:"exitCode,omitempty"`
	Results  []struct {
		Index    int    `json:"index"`
		Filename string `json:"filename"`
		Type     string `json:"type"`
		Size     int64  `json:"size"`
	} `json:"results,omitempty"`
	Error string `json:"error,omitempty"`
}

func toJobStatus(s *compute.Status) jobStatus {
	js := jobStatus{JobID: s.JobID, Status: int(s.Code), State: s.Code.String(), Text: s.Text, Terminal: s.Terminal(),
		ExitCode: s.ExitCode}
	if js.Text == "" {
		js.Text = s.Code.String()
	}
	for i, r := range s.Results {
		js.Results = append(js.Results, struct {
			Index    int    `json:"index"`
			Filename string `json:"filename"`
			Type     string `json:"type"`
			Size     int64  `json:"size"`
		}{i, r.Filename, r.Type, r.Filesize})
	}
	if err := s.Err(); err != nil && s.Terminal() {
		js.Error = err.Error()
	}
	return js
}

func (e *env) printStatus(s *compute.Status) error {
	js := toJobStatus(s)
	return e.emit(js, func(w io.Writer) {
		fmt.Fprintf(w, "%s  %s", js.JobID, js.State)
		if js.Text != "" && !strings.EqualFold(js.Text, js.State) {
			fmt.Fprintf(w, " (node: %s)", js.Text)
		}
		fmt.Fprintln(w)
		for _, r := range js.Results {
			fmt.Fprintf(w, "  result %d  %-16s %s (%d bytes)\n", r.Index, r.Type, r.Filename, r.Size)
		}
		if js.Error != "" {
			fmt.Fprintf(w, "  %s\n", js.Error)
		}
	})
}

type computeStartFlags struct {
	service, algo, algoService   string
	rawAlgo, image, tag, entry   string
	env                          string
	free, wait                   bool
	maxDuration, pollMin, pollMx time.Duration
}

func newComputeStartCommand(e *env) *cobra.Command {
	var o computeStartFlags
	cmd := &cobra.Command{
		Use:   "start DATASET_DID (--algo ALGO_DID | --raw-algo FILE) [--env ID] [--free] [--wait]",
		Short: "Start a compute job on a dataset",
		Long: `Start a compute-to-data job: the algorithm (a published algorithm, --algo,
or code from a file, --raw-algo, run in --image:--tag with --entrypoint) runs on
DATASET_DID's compute service, in environment --env (default: the node's
first, with a free tier for --free).

Paid jobs order the dataset and the algorithm as "ocean order" does (a
still-valid order is reused; a datatoken comes from the balance, the dispenser
or the exchange) and lock the job's price in the escrow (depositing only the
shortfall). Free jobs pay nothing.

Prints the job id at once; with --wait, every status change until the job
ends (exit status 1 when it fails). With --json, one object per status:
{"jobId","status","state","statusText","terminal","exitCode","results",
"error"} (status: the node's code, state: its name).`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			spec, err := o.spec(args[0])
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			return e.withCompute(ctx, func(c *ocean.Client, cc *compute.Client) error {
				job, err := e.startJob(ctx, c, cc, spec)
				if err != nil {
					return err
				}
				if !o.wait {
					return e.printStatus(job.Status)
				}
				return e.watchJob(ctx, cc, job.ID, compute.WatchOptions{MinInterval: o.pollMin, MaxInterval: o.pollMx})
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.service, "service", "", "the dataset's compute service id (default: its first)")
	f.StringVar(&o.algo, "algo", "", "DID of a published algorithm")
	f.StringVar(&o.algoService, "algo-service", "", "the algorithm's service id (default: its first)")
	f.StringVar(&o.rawAlgo, "raw-algo", "", "file with the algorithm's code (if the dataset allows raw algorithms)")
	f.StringVar(&o.image, "image", "", "--raw-algo: container image")
	f.StringVar(&o.tag, "tag", "latest", "--raw-algo: container image tag")
	f.StringVar(&o.entry, "entrypoint", "sh $ALGO", "--raw-algo: container entrypoint ($ALGO is the code file)")
	f.StringVar(&o.env, "env", "", "compute environment id")
	f.BoolVar(&o.free, "free", false, "run in the environment's free tier")
	f.BoolVar(&o.wait, "wait", false, "follow the job until it ends")
	f.DurationVar(&o.maxDuration, "max-duration", 0, "bound the job's run time (a paid job locks price × duration)")
	f.DurationVar(&o.pollMin, "poll", 0, "--wait: first pause between status polls (default: the compute package's)")
	f.DurationVar(&o.pollMx, "poll-max", 0, "--wait: longest pause between status polls")
	return cmd
}

// spec builds the job's spec from the flags.
func (o *computeStartFlags) spec(did string) (compute.Spec, error) {
	spec := compute.Spec{Datasets: []compute.Asset{{DID: did, ServiceID: o.service}}, Environment: o.env,
		Free: o.free, MaxJobDuration: o.maxDuration}
	switch {
	case (o.algo == "") == (o.rawAlgo == ""):
		return spec, usagef("give --algo ALGO_DID or --raw-algo FILE")
	case o.algo != "":
		spec.Algorithm.Asset = compute.Asset{DID: o.algo, ServiceID: o.algoService}
	default:
		if o.image == "" {
			return spec, usagef("--raw-algo needs --image")
		}
		code, err := os.ReadFile(o.rawAlgo)
		if err != nil {
			return spec, err
		}
		spec.Algorithm.Raw = &compute.RawAlgorithm{Code: string(code),
			Container: ddo.Container{Entrypoint: o.entry, Image: o.image, Tag: o.tag}}
	}
	return spec, nil
}

// startJob initializes, orders what needs ordering through the assets
// flow (which gets the datatoken from the balance, the dispenser or the
// exchange, and reuses valid orders), pays the escrow and starts.
func (e *env) startJob(ctx context.Context, c *ocean.Client, cc *compute.Client, spec compute.Spec) (*compute.Job, error) {
	if err := resolveServices(ctx, c, &spec); err != nil {
		return nil, err
	}
	if spec.Free {
		return cc.Run(ctx, spec)
	}
	reqs, err := cc.Initialize(ctx, spec)
	if err != nil {
		return nil, err
	}
	ordered := false
	for _, o := range reqs.Orders {
		if o.Action() != compute.ActionStart {
			continue
		}
		ord, err := e.order(ctx, c, assets.OrderParams{DID: o.DID, ServiceID: o.ServiceID}, false)
		if err != nil {
			return nil, err
		}
		target := &spec.Algorithm.Asset
		if o.Role == compute.RoleDataset {
			target = &spec.Datasets[o.Index]
		}
		target.OrderTx, ordered = ord.TxHash.Hex(), true
	}
	if ordered { // the node now reports the orders as valid
		if reqs, err = cc.Initialize(ctx, spec); err != nil {
			return nil, err
		}
	}
	paid, err := cc.Pay(ctx, reqs)
	if err != nil {
		return nil, err
	}
	return cc.Start(ctx, reqs, paid)
}

// watchJob prints every status change of the job until it ends.
func (e *env) watchJob(ctx context.Context, cc *compute.Client, jobID string, opts compute.WatchOptions) error {
	for st, err := range cc.Watch(ctx, jobID, opts) {
		if st != nil {
			if perr := e.printStatus(st); perr != nil {
				return perr
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func newComputeStatusCommand(e *env) *cobra.Command {
	var wait bool
	cmd := &cobra.Command{
		Use:   "status JOB_ID",
		Short: "Show a job's status and results",
		Long: `Print the status of one of the account's jobs and its result files; with
--wait, every change until the job ends. Exit status 3 for an unknown job;
with --wait, 1 when the job failed or was stopped.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withCompute(cmd.Context(), func(_ *ocean.Client, cc *compute.Client) error {
				if wait {
					return e.watchJob(cmd.Context(), cc, args[0], compute.WatchOptions{})
				}
				st, err := cc.Status(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				return e.printStatus(st)
			})
		},
	}
	cmd.Flags().BoolVar(&wait, "wait", false, "follow the job until it ends")
	return cmd
}

func newComputeResultCommand(e *env) *cobra.Command {
	var (
		index int
		out   string
		force bool
	)
	cmd := &cobra.Command{
		Use:   "result JOB_ID [--index N] [-o FILE]",
		Short: "Download a result file of a job",
		Long: `Download result file --index of a job (default: its first "output" result,
a tar of the algorithm's outputs folder) to -o FILE ("-", the default, is
standard output). See "ocean compute status" for the list.

Results are binary: written to standard output only when it is a file or a
pipe, not a terminal (unless --force).`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "-" && !force && e.terminal(e.stdout) {
				return usagef("not writing a binary result to the terminal: give -o FILE, " +
					"or pipe it (ocean compute result JOB_ID | tar -t), or --force")
			}
			ctx := cmd.Context()
			return e.withCompute(ctx, func(_ *ocean.Client, cc *compute.Client) error {
				if !cmd.Flags().Changed("index") {
					st, err := cc.Status(ctx, args[0])
					if err != nil {
						return err
					}
					if index = st.ResultIndex("output"); index < 0 {
						return fmt.Errorf("%w: job %s has no output yet (%s)", compute.ErrNoResult, args[0], st.Code)
					}
				}
				return writeTo(e, out, func(w io.Writer) error {
					_, err := cc.Result(ctx, args[0], index, w)
					return err
				})
			})
		},
	}
	cmd.Flags().IntVar(&index, "index", 0, "result index (see status)")
	cmd.Flags().StringVarP(&out, "output", "o", "-", "file to write, - for standard output")
	cmd.Flags().BoolVar(&force, "force", false, "write to standard output even when it is a terminal")
	return cmd
}

func newComputeLogsCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "logs JOB_ID",
		Short: "Print a job's algorithm log, following it while the job runs",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withCompute(cmd.Context(), func(_ *ocean.Client, cc *compute.Client) error {
				_, err := cc.Logs(cmd.Context(), args[0], e.stdout)
				return err
			})
		},
	}
}

func newComputeStopCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "stop JOB_ID",
		Short: "Stop a running job",
		Args:  exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return e.withCompute(cmd.Context(), func(_ *ocean.Client, cc *compute.Client) error {
				st, err := cc.Stop(cmd.Context(), args[0])
				if err != nil {
					return err
				}
				return e.printStatus(st)
			})
		},
	}
}

// writeTo runs f on the named file ("-": stdout), removing a file that
// f failed to fill.
func writeTo(e *env, name string, f func(io.Writer) error) error {
	if name == "-" {
		return f(e.stdout)
	}
	file, err := os.Create(name)
	if err != nil {
		return err
	}
	err = f(file)
	if cerr := file.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// resolveServices fills in the default service ids: the dataset's first
// compute service, the published algorithm's first access service.
func resolveServices(ctx context.Context, c *ocean.Client, spec *compute.Spec) error {
	fill := func(a *compute.Asset, typ string) error {
		if a.DID == "" || a.ServiceID != "" {
			return nil
		}
		asset, err := c.Indexer.Resolve(ctx, a.DID)
		if err != nil {
			return err
		}
		svc, err := pickService(asset, "", typ)
		if err != nil {
			return err
		}
		a.ServiceID = svc.ID
		return nil
	}
	for i := range spec.Datasets {
		if err := fill(&spec.Datasets[i], ddo.ServiceCompute); err != nil {
			return err
		}
	}
	return fill(&spec.Algorithm.Asset, ddo.ServiceAccess)
}

// environmentJSON is one compute environment as `compute envs` prints it.
type environmentJSON struct {
	ID              string                         `json:"id"`
	Description     string                         `json:"description,omitempty"`
	Free            bool                           `json:"free"`
	MaxJobDuration  int64                          `json:"maxJobDuration,omitempty"`
	ConsumerAddress string                         `json:"consumerAddress,omitempty"`
	Fees            []environmentFee               `json:"fees"`
	Resources       []provider.ComputeResourceInfo `json:"resources,omitempty"`
}

// environmentFee is a token an environment accepts and its prices per
// resource and minute.
type environmentFee struct {
	Token  string             `json:"token"`
	Prices map[string]float64 `json:"prices"`
}

func environmentOf(env compute.Environment, chainID int64) environmentJSON {
	out := environmentJSON{ID: env.ID, Description: env.Description, Free: env.AllowsFree(),
		MaxJobDuration: env.MaxJobDuration, Resources: env.Resources, Fees: []environmentFee{}}
	if env.ConsumerAddress != (common.Address{}) {
		out.ConsumerAddress = env.ConsumerAddress.Hex()
	}
	for _, token := range env.FeeTokens(chainID) {
		f := environmentFee{Token: token.Hex(), Prices: map[string]float64{}}
		for _, r := range env.Resources {
			if p, ok := env.Price(chainID, token, r.ID); ok {
				f.Prices[r.ID] = p
			}
		}
		out.Fees = append(out.Fees, f)
	}
	return out
}

func newComputeEnvsCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "envs",
		Short: "List the node's compute environments (the ids --env takes)",
		Long: `List the compute environments the node offers for the network's chain: the
id to give "ocean compute start --env", whether it runs free jobs (--free), the
longest job it allows, the tokens it takes with the price per minute of each
resource, and its resources (cpu, ram, disk...) with how much is in use.
No account is needed.

With --json, one object per environment: {"id","description","free",
"maxJobDuration","consumerAddress","fees":[{"token","prices"}],"resources"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return e.withSession(ctx, false, func(c *ocean.Client) error {
				chainID := int64(c.Network.ChainID)
				list, err := c.Provider.ComputeEnvironments(ctx, chainID)
				if err != nil {
					return fmt.Errorf("compute environments: %w", err)
				}
				var envs []environmentJSON
				for _, pe := range list {
					envs = append(envs, environmentOf(compute.Environment{ComputeEnvironment: pe}, chainID))
				}
				if e.g.json {
					for _, env := range envs {
						if err := e.printJSON(e.stdout, env); err != nil {
							return err
						}
					}
					return nil
				}
				printEnvironments(e.stdout, envs)
				return nil
			})
		},
	}
}

// printEnvironments writes envs for people.
func printEnvironments(w io.Writer, envs []environmentJSON) {
	if len(envs) == 0 {
		fmt.Fprintln(w, "the node offers no compute environment")
		return
	}
	for _, env := range envs {
		free := "paid only"
		if env.Free {
			free = "free jobs too"
		}
		fmt.Fprintf(w, "%s  %s", env.ID, free)
		if env.MaxJobDuration > 0 {
			fmt.Fprintf(w, ", jobs up to %s", time.Duration(env.MaxJobDuration)*time.Second)
		}
		fmt.Fprintln(w)
		if env.Description != "" {
			fmt.Fprintf(w, "  %s\n", env.Description)
		}
		for _, f := range env.Fees {
			var prices []string
			for _, r := range env.Resources {
				if p, ok := f.Prices[r.ID]; ok {
					prices = append(prices, fmt.Sprintf("%s %g", r.ID, p))
				}
			}
			fmt.Fprintf(w, "  fee token %s  per minute: %s\n", f.Token, strings.Join(prices, ", "))
		}
		for _, r := range env.Resources {
			fmt.Fprintf(w, "  resource %-6s total %g, in use %g, per job %g to %g\n", r.ID, r.Total, r.InUse, r.Min, r.Max)
		}
	}
}
