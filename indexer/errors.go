package indexer

import (
	"errors"
	"net/http"

	"github.com/oceango/ocean.go/nodehttp"
)

// temporary reports whether waiting and asking again may succeed: no
// answer, not found (yet), unavailable, rate limited, or a 500 (an
// indexer's database error while it catches up).
func temporary(err error) bool {
	var e *nodehttp.Error
	if !errors.As(err, &e) {
		return false
	}
	return e.StatusCode == 0 || e.StatusCode == http.StatusInternalServerError || errors.Is(e, nodehttp.ErrNotFound) ||
		errors.Is(e, nodehttp.ErrUnavailable) || errors.Is(e, nodehttp.ErrRateLimited)
}
