//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package journal

import (
	"errors"
	"os"
)

const flockSupported = false

func flockTry(*os.File) error { return errors.ErrUnsupported }

func flockRelease(*os.File) error { return errors.ErrUnsupported }
