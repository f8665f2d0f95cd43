package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/oceango/ocean.go/ddo"
)

func newDDOCommand(e *env) *cobra.Command {
	return groupCommand("ddo", "Validate, encode and hash DDO documents",
		newDDOValidateCommand(e), newDDOEncodeCommand(e), newDDOHashCommand(e), newDDODIDCommand(e))
}

// readInput reads a file, or standard input for "-".
func readInput(e *env, name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(e.stdin)
	}
	return os.ReadFile(name)
}

func newDDOValidateCommand(e *env) *cobra.Command {
	var asJSON, reference bool
	cmd := &cobra.Command{
		Use:   "validate [--json] [--reference] FILE...",
		Short: "Validate DDO files against the schema their version field names",
		Long: `Validate each FILE ("-" for standard input) against the DDO schema its own
"version" field names, with the strict checks of the Ocean indexers (the DID
matches nftAddress and chainId, chainId > 0, nftAddress is a valid EIP-55
address). --reference reproduces @oceanprotocol/ddo-js validateDDO instead.

With --json, print one JSON object per file and line:
  {"file":"<path as given>","valid":true|false,"errors":[{"path":"...","message":"..."}]}

Exit status: 0 when every file is valid, 1 when any is invalid, 2 on usage
errors and when a FILE cannot be read (every other FILE is still checked).`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var opts []ddo.Option
			if reference {
				opts = append(opts, ddo.ReferenceMode())
			}
			allValid, allRead := true, true
			for _, name := range args {
				res := validateFile(e, name, opts)
				if !res.valid {
					allValid = false
				}
				if res.unreadable {
					allRead = false
				}
				if asJSON {
					_, err := e.stdout.Write(append(res.jsonLine(name), '\n'))
					if err != nil {
						return err
					}
					continue
				}
				res.print(e.stdout, name)
			}
			if !allRead {
				return &exitError{exitUsage}
			}
			if !allValid {
				return &exitError{exitFailure}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per file and line")
	cmd.Flags().BoolVar(&reference, "reference", false, "reproduce the ddo-js reference validator (no strict DID/chainId checks)")
	return cmd
}

type validateResult struct {
	valid      bool
	unreadable bool // the file could not be read
	version    string
	errors     []ddo.Violation
}

func validateFile(e *env, name string, opts []ddo.Option) validateResult {
	data, err := readInput(e, name)
	if err != nil {
		return validateResult{unreadable: true, errors: []ddo.Violation{{Path: "", Message: err.Error()}}}
	}
	err = ddo.Validate(data, opts...)
	var verr *ddo.ValidationError
	var serr *ddo.SyntaxError
	switch {
	case err == nil:
		version := ""
		if v, perr := ddo.ParseValue(data); perr == nil {
			version, _ = v.Get("version").Str()
		}
		return validateResult{valid: true, version: version}
	case errors.As(err, &verr):
		return validateResult{version: verr.Version, errors: verr.Violations}
	case errors.As(err, &serr):
		return validateResult{errors: []ddo.Violation{{Path: "$", Message: serr.Error()}}}
	}
	return validateResult{errors: []ddo.Violation{{Path: "$", Message: err.Error()}}}
}

func (r validateResult) jsonLine(name string) []byte {
	errs := make([]ddo.Value, len(r.errors))
	for i, v := range r.errors {
		errs[i] = ddo.ObjectValue(
			ddo.Member{Key: "path", Value: ddo.StringValue(v.Path)},
			ddo.Member{Key: "message", Value: ddo.StringValue(v.Message)},
		)
	}
	return ddo.EncodeValue(ddo.ObjectValue(
		ddo.Member{Key: "file", Value: ddo.StringValue(name)},
		ddo.Member{Key: "valid", Value: ddo.BoolValue(r.valid)},
		ddo.Member{Key: "errors", Value: ddo.ArrayValue(errs...)},
	))
}

func (r validateResult) print(w io.Writer, name string) {
	version := ""
	if r.version != "" {
		version = " (" + r.version + ")"
	}
	if r.valid {
		fmt.Fprintf(w, "%s: valid%s\n", name, version)
		return
	}
	fmt.Fprintf(w, "%s: invalid%s\n", name, version)
	for _, v := range r.errors {
		if v.Path == "" {
			fmt.Fprintf(w, "  %s\n", v.Message)
			continue
		}
		fmt.Fprintf(w, "  %s: %s\n", v.Path, v.Message)
	}
}

func newDDOEncodeCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "encode FILE",
		Short: "Print the bytes JSON.stringify(JSON.parse(FILE)) produces",
		Long: `Print exactly the bytes JavaScript's JSON.stringify(JSON.parse(text)) produces
for the UTF-8 text of FILE ("-" for standard input), with no trailing newline:
the canonical form Ocean Node hashes.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := readInput(e, args[0])
			if err != nil {
				return err
			}
			out, err := ddo.Encode(data)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			_, err = e.stdout.Write(out)
			return err
		},
	}
}

func newDDOHashCommand(e *env) *cobra.Command {
	var flags string
	cmd := &cobra.Command{
		Use:   "hash [--flags N] FILE",
		Short: "Print the metadata hash of FILE's exact bytes",
		Long: `Print the metaDataHash ("0x" + 64 hex digits) for publishing the exact bytes of
FILE ("-" for standard input) with setMetaData flags N (default 2):
flags 0 hashes the hex text "0x"+hex(bytes) as ocean.js and Ocean Node do;
other flags hash the bytes. Run "ocean ddo encode" first when the file is not
in canonical form.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, err := strconv.ParseUint(flags, 0, 8)
			if err != nil || n > 3 {
				return usagef("--flags must be 0, 1, 2 or 3, got %q", flags)
			}
			data, err := readInput(e, args[0])
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(e.stdout, ddo.MetadataHash(data, ddo.Flags(n)).Hex())
			return err
		},
	}
	cmd.Flags().StringVar(&flags, "flags", "2", "setMetaData flags byte: 0 plain, 1 compressed, 2 encrypted, 3 both")
	return cmd
}

func newDDODIDCommand(e *env) *cobra.Command {
	var v5 bool
	cmd := &cobra.Command{
		Use:   "did [--v5] NFT_ADDRESS CHAIN_ID",
		Short: "Print the DID of a data NFT",
		Long: `Print the DID of the data NFT at NFT_ADDRESS on chain CHAIN_ID:
"did:op:" + sha256(EIP55(NFT_ADDRESS) + CHAIN_ID), or "did:ope:…" with --v5.`,
		Args: exactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			chainID, err := strconv.ParseInt(args[1], 10, 64)
			if err != nil || chainID <= 0 {
				return usagef("CHAIN_ID must be a positive integer, got %q", args[1])
			}
			did := ddo.DID
			if v5 {
				did = ddo.DIDV5
			}
			s, err := did(args[0], chainID)
			if err != nil {
				return &usageError{err}
			}
			_, err = fmt.Fprintln(e.stdout, s)
			return err
		},
	}
	cmd.Flags().BoolVar(&v5, "v5", false, `print the v5 DID ("did:ope:")`)
	return cmd
}
