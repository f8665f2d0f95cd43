package accesslist

import (
	"sync"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/accesslist"
	"github.com/oceango/ocean.go/internal/contracts/accesslistfactory"
)

// The parsed ABIs are computed once and only read afterwards.
var (
	listABI    = sync.OnceValue(accesslist.NewAccessList)
	factoryABI = sync.OnceValue(accesslistfactory.NewAccessListFactory)
)

// calls is how this package's contracts read and send.
func calls() contractcall.Package {
	return contractcall.Package{Name: "accesslist", ErrReadOnly: ErrReadOnly, ErrInvalidParams: ErrInvalidParams}
}
