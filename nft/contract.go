package nft

import (
	"sync"

	"github.com/oceango/ocean.go/internal/contractcall"
	"github.com/oceango/ocean.go/internal/contracts/erc721factory"
	"github.com/oceango/ocean.go/internal/contracts/erc721template"
)

// The parsed ABIs are computed once and only read afterwards. Metadata
// events are decoded with the ERC721Template ABI: the IERC721Template
// interface declares MetadataCreated/Updated with other topics.
var (
	factoryABI  = sync.OnceValue(erc721factory.NewNFTFactory)
	templateABI = sync.OnceValue(erc721template.NewERC721Template)
)

// calls is how this package's contracts read and send.
func calls() contractcall.Package {
	return contractcall.Package{Name: "nft", ErrReadOnly: ErrReadOnly, ErrInvalidParams: ErrInvalidParams}
}
