package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// versionInfo is what `ocean version` prints, read from the build
// information the Go toolchain embeds in the binary.
type versionInfo struct {
	// Version is the module version ("v1.2.3", a pseudo-version, or
	// "(devel)" for a build from a working tree).
	Version string `json:"version"`
	// Revision, Time and Modified describe the commit the binary was built
	// from (go build stamps them inside a git checkout).
	Revision string `json:"revision,omitempty"`
	Time     string `json:"time,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	// GoVersion is the toolchain that built the binary.
	GoVersion string `json:"goVersion"`
}

// versionOf extracts versionInfo from build information (nil: none
// embedded).
func versionOf(bi *debug.BuildInfo) versionInfo {
	if bi == nil {
		return versionInfo{Version: "unknown", GoVersion: "unknown"}
	}
	v := versionInfo{Version: bi.Main.Version, GoVersion: bi.GoVersion}
	if v.Version == "" {
		v.Version = "(devel)"
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

func newVersionCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of this ocean binary",
		Long: `Print the module version of this binary, the commit it was built from (with
"modified" when the working tree had uncommitted changes) and the Go version
that built it. With --json {"version","revision","time","modified","goVersion"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			bi, _ := debug.ReadBuildInfo()
			v := versionOf(bi)
			return e.emit(v, func(w io.Writer) {
				fmt.Fprintf(w, "ocean %s\n", v.Version)
				if v.Revision != "" {
					mod := ""
					if v.Modified {
						mod = " (modified)"
					}
					fmt.Fprintf(w, "commit %s%s\n", v.Revision, mod)
				}
				if v.Time != "" {
					fmt.Fprintf(w, "built from a commit of %s\n", v.Time)
				}
				fmt.Fprintf(w, "%s\n", v.GoVersion)
			})
		},
	}
}
