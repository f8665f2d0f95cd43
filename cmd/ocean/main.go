package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

// subcommands returns the builders of the top-level command groups. Add new
// groups here; each lives in its own file.
func subcommands() []func(env *env) *cobra.Command {
	return []func(env *env) *cobra.Command{
		newPublishCommand,
		newGetCommand,
		newSearchCommand,
		newOrderCommand,
		newDownloadCommand,
		newComputeCommand,
		newStateCommand,
		newDDOCommand,
		newJournalCommand,
		newDevnetCommand,
		newNetworksCommand,
		newBalanceCommand,
		newVersionCommand,
	}
}

// env is what a command may touch: its input and output streams and the
// global flags. Commands never use os.Stdin or os.Stdout directly, so tests
// run them in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	g      globals
	// log is the SDK's logger (-v, --log-level); nil: silent.
	log *slog.Logger
	// term, when set, replaces the terminal check of the output streams
	// (tests pretend to be on a terminal).
	term func(io.Writer) bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run with a context that commands stop on (Ctrl-C in main).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	return e.run(ctx, args)
}

// run executes args and reports a failure on stderr: one line of text,
// or with --json one JSON object {"error": ..., "exitCode": ...}.
func (e *env) run(ctx context.Context, args []string) int {
	root := newRootCommand(e)
	root.SetArgs(args)
	defer func() { e.g.cancel() }() // set by PersistentPreRunE
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	code := exitCode(err)
	if e.g.json {
		e.printJSON(e.stderr, jsonError{Error: message(err), ExitCode: code})
	} else {
		fmt.Fprintf(e.stderr, "ocean: %s\n", message(err))
		if code == exitUsage {
			fmt.Fprintln(e.stderr, "Run 'ocean --help' for usage.")
		}
	}
	return code
}

// jsonError is the --json form of a failure, written to stderr.
type jsonError struct {
	Error    string `json:"error"`
	ExitCode int    `json:"exitCode"`
}

func newRootCommand(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "ocean",
		Short: "Publish, find, buy, download and compute on Ocean Protocol assets",
		Long: `ocean publishes data assets on Ocean Protocol networks, finds them, orders
and downloads them, runs compute-to-data jobs on them and manages their state.

Configuration comes from flags, then from the environment:
  --network   OCEAN_NETWORK      network preset name or chain id
  --rpc       OCEAN_RPC_URL      JSON-RPC endpoint (default: the preset's)
  --node      OCEAN_NODE_URL     Ocean node (default: the preset's)
  --indexer   OCEAN_INDEXER_URL  indexer (default: the node)
  --addresses OCEAN_ADDRESS_FILE contracts' address.json (development chains)
  --journal   OCEAN_JOURNAL      journal of resumable flows: a directory or a
              OCEAN_JOURNAL_DIR  postgres:// URL (default:
                                 $XDG_STATE_HOME/ocean/journal; --no-journal:
                                 none, only the chain remembers)
  --keystore  OCEAN_KEYSTORE     encrypted key file; its password from
                                 OCEAN_KEYSTORE_PASSWORD
              OCEAN_PRIVATE_KEY  hex private key (never given as a flag)

Diagnostics of the SDK go to stderr with -v (info), -vv (debug: every
step of a flow) or --log-level debug|info|warn|error; JSON lines with --json.

` + exitCodesHelp,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_ = cmd.Help()
			return usagef("missing command")
		},
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var err error
			if e.log, err = e.g.logger(e.stderr); err != nil {
				return err
			}
			ctx, cancel := e.g.withTimeout(cmd.Context())
			e.g.cancel = cancel
			cmd.SetContext(ctx)
			return nil
		},
	}
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.CompletionOptions.HiddenDefaultCmd = false
	e.g.register(root.PersistentFlags())
	_ = root.RegisterFlagCompletionFunc("log-level", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return logLevelNames(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = root.RegisterFlagCompletionFunc("network", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return networkNames(), cobra.ShellCompDirectiveNoFileComp
	})
	for _, sub := range subcommands() {
		root.AddCommand(sub(e))
	}
	return root
}

// noArgs rejects positional arguments as a usage error; on a command
// with subcommands, it lists them.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if !cmd.HasAvailableSubCommands() {
		return usagef("%s takes no arguments, got %q", cmd.CommandPath(), args[0])
	}
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" {
			names = append(names, c.Name())
		}
	}
	hint := ""
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's default, set only on its own path
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		hint = fmt.Sprintf(" (did you mean %s?)", strings.Join(s, " or "))
	}
	return usagef("unknown command %q for %q%s: use one of %s", args[0], cmd.CommandPath(), hint, strings.Join(names, ", "))
}

// exactArgs requires n positional arguments.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %d argument(s), got %d", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// minArgs requires at least n positional arguments.
func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs at least %d argument(s)", cmd.CommandPath(), n)
		}
		return nil
	}
}

// maxArgs allows at most n positional arguments.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef("%s takes at most %d argument(s), got %d", cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// groupCommand returns a command that only groups subcommands.
func groupCommand(use, short string, subs ...*cobra.Command) *cobra.Command {
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_ = cmd.Help()
			return usagef("missing %s subcommand", use)
		},
	}
	cmd.AddCommand(subs...)
	return cmd
}
