package ddo_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

const tv1Files = "0x04f0dddf93c186c38bfea243e06889b490a491141585669cfbe7521a5c7acb3bfea5a5527f17eb75ae1f66501e1f70f73df757490c8df479a618b0dd23b2bf3c62d07c372f64c6ad94209947471a898c71f1b2f0ab2a965024fa8e454644661d538b6aa025e517197ac87a3767820f018358999afda760225053df20ff14f499fcf4e7e036beb843ad95587c138e1f972e370d4c68c99ab2602b988c837f6f76658a23e99da369f6898ce1426d49c199cf8ffa33b79002765325c12781a2202239381866c6a06b07754024ee9a6e4aabc8"

func datasetParams() ddo.AssetParams {
	return ddo.AssetParams{
		NFTAddress: "0xa331155197f70e5e1ea0cc2a1f9ddb1d49a9c1de", // any case: written in EIP-55 form
		ChainID:    1,
		Metadata: ddo.Metadata{
			Created:     ddo.FormatTime(time.Date(2020, 11, 15, 12, 27, 48, 0, time.UTC)),
			Updated:     ddo.FormatTime(time.Date(2021, 5, 17, 23, 58, 2, 0, time.FixedZone("CEST", 2*3600))),
			Description: "Sample description",
			Name:        "Sample asset",
			Author:      "OPF",
			License:     "https://market.oceanprotocol.com/terms",
		},
	}
}

func accessParams() ddo.ServiceParams {
	return ddo.ServiceParams{
		Files:            tv1Files,
		DatatokenAddress: "0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7",
		ServiceEndpoint:  "https://v4.provider.oceanprotocol.com",
	}
}

// TestNewDatasetReproducesTV1: the dataset builder writes exactly TV1
// (ddo.md §4.7) given TV1's service id.
func TestNewDatasetReproducesTV1(t *testing.T) {
	svc := accessParams()
	svc.ID = "ccb398c50d6abd5b456e8d7242bd856a1767a890b537c2f8c10ba8b8a10e6025"
	d, err := ddo.NewDataset(datasetParams(), svc)
	require.NoError(t, err)
	out, err := d.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(mustRead(t, "testdata/tv1.json")), string(out))
	assert.Equal(t, "0x7f15f93a0dd162f145f36affde65d4a00b675afb739fc053bd2545a4c31c8940", d.MetadataHash(ddo.FlagEncrypted).Hex())
}

func TestBuilders(t *testing.T) {
	algo, err := ddo.NewAlgorithm(
		ddo.AssetParams{
			NFTAddress: "0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045",
			ChainID:    137,
			Metadata: ddo.Metadata{
				Created: "2024-01-02T03:04:05Z", Updated: "2024-01-02T03:04:05Z",
				Description: "Counts lines", Name: "Line counter", Author: "Ocean Go SDK", License: "CC0: PublicDomain",
			},
		},
		ddo.AlgorithmParams{
			Language: "python",
			Version:  "0.1",
			Container: ddo.Container{
				Entrypoint: "python $ALGO",
				Image:      "oceanprotocol/algo_dockers",
				Tag:        "python-branin",
				Checksum:   "sha256:8221d20c1c16491d7d56b9657ea09082c0ee4a8ab1a6621fa720da58b09580e4",
			},
			ConsumerParameters: []ddo.ConsumerParameter{
				{Name: "iterations", Type: ddo.ParamNumber, Label: "Iterations", Required: true, Description: "How many", Default: ddo.StringValue("10")},
				{Name: "mode", Type: ddo.ParamSelect, Label: "Mode", Description: "Pick one", Default: ddo.StringValue("fast"),
					Options: ddo.SelectOptions([2]string{"fast", "Fast"}, [2]string{"slow", "Slow"})},
			},
		},
		ddo.ServiceParams{
			Files:            "0x04deadbeef",
			DatatokenAddress: "0x282d8efCe846A88B159800bd4130ad77443Fa1A1",
			ServiceEndpoint:  "https://provider.example.com",
			Timeout:          3600,
		},
	)
	require.NoError(t, err)
	assert.Equal(t, ddo.TypeAlgorithm, algo.Metadata.Type)
	assert.Equal(t, "94b40d9abecae141bc9ba2d530e446704fc3eabc0141a6237d647a6bce6924ed", algo.Services[0].ID, "default service id is ServiceID(datatoken, files)")

	trusted, err := ddo.TrustAlgorithm(algo, "", ddo.FilesChecksum("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"))
	require.NoError(t, err)
	assert.Equal(t, "77ac49b8c4ad209694f7143cec62d67ee4c6d2d5edf1f3f4e09ca4173b22610f", trusted.ContainerSectionChecksum)
	assert.Equal(t, algo.ID, trusted.DID)

	compute := accessParams()
	compute.Timeout = 86400
	compute.Name = "Compute on the sample"
	computeDataset, err := ddo.NewComputeDataset(datasetParams(), compute, ddo.ComputeParams{
		AllowNetworkAccess: true,
		TrustedAlgorithms:  []ddo.TrustedAlgorithm{trusted},
		TrustedPublishers:  []string{"0x0000000000000000000000000000000000000001"},
	})
	require.NoError(t, err)
	assert.Equal(t, ddo.DefaultVersion, computeDataset.Version)

	withServiceID, err := ddo.TrustAlgorithm(algo, algo.Services[0].ID, "ab")
	require.NoError(t, err)
	pinned, err := ddo.NewComputeDataset(datasetParams(), compute, ddo.ComputeParams{TrustedAlgorithms: []ddo.TrustedAlgorithm{withServiceID, ddo.AllowAll()}})
	require.NoError(t, err)
	assert.Equal(t, ddo.Version470, pinned.Version, "serviceId needs schema 4.7.0")

	withCredentials := datasetParams()
	withCredentials.Credentials = &ddo.Credentials{
		Allow:      []ddo.Credential{ddo.AddressCredential("0x0000000000000000000000000000000000000001", "0x0000000000000000000000000000000000000002")},
		Deny:       []ddo.Credential{ddo.AddressCredential("0x0000000000000000000000000000000000000003")},
		MatchAllow: ddo.MatchAny,
	}
	svcCreds := accessParams()
	svcCreds.Credentials = &ddo.Credentials{Deny: []ddo.Credential{ddo.AddressCredential(ddo.Wildcard)}}
	credentialed, err := ddo.NewDataset(withCredentials, svcCreds)
	require.NoError(t, err)
	assert.Equal(t, ddo.Version470, credentialed.Version, "service credentials need schema 4.7.0")

	accessList := datasetParams()
	accessList.Credentials = &ddo.Credentials{Allow: []ddo.Credential{ddo.AccessListCredential(1, "0x0000000000000000000000000000000000000004")}}
	v5, err := ddo.NewDatasetV5(accessList, accessParams(), "did:web:publisher.example.com")
	require.NoError(t, err)
	assert.Equal(t, "did:ope:aee900df7379cda6a5aa1b87bd77e053906002058f649825df0bffe5d8cf17dc", v5.ID)

	// accessList credentials are rejected by every v4 schema at the asset
	// level,
	_, err = ddo.NewDataset(accessList, accessParams())
	var verr *ddo.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "$.credentials.allow[0].values", verr.Violations[0].Path)
	// and by 4.7.0's at the service level; a service with them stays at
	// the default version, whose schema does not check service credentials.
	listSvc := accessParams()
	listSvc.Credentials = &ddo.Credentials{Deny: []ddo.Credential{ddo.AccessListCredential(1, "0x0000000000000000000000000000000000000004")}}
	listed, err := ddo.NewDataset(datasetParams(), listSvc)
	require.NoError(t, err)
	assert.Equal(t, ddo.DefaultVersion, listed.Version)
	assert.Equal(t, listSvc.Credentials, listed.Services[0].Credentials)
	at47 := datasetParams()
	at47.Version = ddo.Version470
	_, err = ddo.NewDataset(at47, listSvc)
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "$.services[0].credentials.deny[0].values", verr.Violations[0].Path)

	for name, d := range map[string]interface{ MarshalJSON() ([]byte, error) }{
		"builder_algorithm.json":       algo,
		"builder_compute_dataset.json": computeDataset,
		"builder_compute_pinned.json":  pinned,
		"builder_credentials.json":     credentialed,
		"builder_dataset_v5.json":      v5,
	} {
		out, err := d.MarshalJSON()
		require.NoError(t, err)
		// Every builder output validates in both modes.
		require.NoError(t, ddo.Validate(out), name)
		require.NoError(t, ddo.Validate(out, ddo.ReferenceMode()), name)
		golden(t, name, out)
	}
}

func TestBuilderErrors(t *testing.T) {
	_, err := ddo.NewDataset(ddo.AssetParams{}, ddo.ServiceParams{})
	var verr *ddo.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, []ddo.Violation{
		{Path: "$.datatokenAddress", Rule: "required", Message: "is required"},
		{Path: "$.serviceEndpoint", Rule: "required", Message: "is required"},
	}, verr.Violations)

	_, err = ddo.NewDataset(ddo.AssetParams{}, accessParams())
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, []ddo.Violation{
		{Path: "$.nftAddress", Rule: "required", Message: "is required"},
		{Path: "$.chainId", Rule: "gt", Message: "must be greater than 0"},
	}, verr.Violations)

	p := datasetParams()
	p.NFTAddress = "0xA331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De"
	_, err = ddo.NewDataset(p, accessParams())
	var aerr *ddo.AddressError
	require.ErrorAs(t, err, &aerr)

	p = datasetParams()
	p.Metadata.Created = ""
	_, err = ddo.NewDataset(p, accessParams())
	assert.ErrorContains(t, err, "created and updated are required")

	p = datasetParams()
	p.Metadata.Description = "short"
	p.Version = "4.5.0"
	_, err = ddo.NewDataset(p, accessParams())
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "$.metadata.description", verr.Violations[0].Path)

	svc := accessParams()
	svc.ServiceEndpoint = "not a url"
	_, err = ddo.NewDataset(datasetParams(), svc)
	require.True(t, errors.As(err, &verr))
	assert.Equal(t, "$.serviceEndpoint", verr.Violations[0].Path)

	var notAlgo ddo.DDO
	_, err = ddo.TrustAlgorithm(&notAlgo, "", "")
	assert.Error(t, err)
}
