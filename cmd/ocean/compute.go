package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go"
	"github.com/oceango/ocean.go/assets"
	"github.com/oceango/ocean.go/compute"
	"github.com/oceango/ocean.go/ddo"
)

func newComputeCommand(e *env) *cobra.Command {
	return groupCommand("compute", "Run compute-to-data jobs and fetch their results",
		newComputeStartCommand(e), newComputeStatusCommand(e), newComputeResultCommand(e),
		newComputeLogsCommand(e), newComputeStopCommand(e))
}

// computeClient returns the compute client of the session's account.
func computeClient(c *ocean.Client) (*compute.Client, error) {
	return compute.New(compute.Config{Provider: c.Provider, Signer: c.Account.Signer, ChainID: int64(c.Network.ChainID),
		Backend: c.Eth, TxManager: c.TxManager, Indexer: c.Indexer, Escrow: c.Network.Contracts.Escrow})
}

// withCompute dials with an account and runs f with its compute client.
func (e *env) withCompute(ctx context.Context, f func(*ocean.Client, *compute.Client) error) error {
	return e.withSession(ctx, true, func(c *ocean.Client) error {
		cc, err := computeClient(c)
		if err != nil {
			return err
		}
		return f(c, cc)
	})
}

// jobStatus is how a job's status is printed.
type jobStatus struct {
	JobID    string `json:"jobId"`
	Status   int    `json:"status"`
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
	js := jobStatus{JobID: s.JobID, Status: int(s.Code), Text: s.Text, Terminal: s.Terminal(), ExitCode: s.ExitCode}
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
		fmt.Fprintf(w, "%s  %d %s\n", js.JobID, js.Status, js.Text)
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
{"jobId","status","statusText","terminal","exitCode","results","error"}.`,
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
	)
	cmd := &cobra.Command{
		Use:   "result JOB_ID [--index N] [-o FILE]",
		Short: "Download a result file of a job",
		Long: `Download result file --index of a job (default: its first "output" result,
a tar of the algorithm's outputs folder) to -o FILE ("-", the default, is
standard output). See "ocean compute status" for the list.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
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
