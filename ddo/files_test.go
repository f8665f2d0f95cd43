package ddo_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/oceango/ocean.go/ddo"
)

const (
	nft = "0xa331155197F70e5e1EA0CC2A1f9ddB1D49A9C1De"
	dt  = "0x35f74f653Dcb291838aa8AF8Be1E1eF30e749bb7"
)

func TestFilesObjectRoundTrip(t *testing.T) {
	fo := ddo.FilesObject{
		NFTAddress:       nft,
		DatatokenAddress: dt,
		Files: []ddo.StorageObject{
			&ddo.URLFile{URL: "https://example.com/data.csv", Method: "GET", Headers: map[string]string{"Authorization": "Bearer x", "1": "index key first"}},
			&ddo.IPFSFile{Hash: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"},
			&ddo.ArweaveFile{TransactionID: "a4JJbFVPo6B5AQajG8jfIp7n6xPJCSrPOX7yTd8mDSY"},
			&ddo.GraphQLFile{URL: "https://api.example.com/graphql", Query: "query { a }"},
			&ddo.SmartContractFile{ChainID: 1, Address: dt, ABI: ddo.FunctionABI{
				Name: "totalSupply", Type: "function", Inputs: []ddo.ABIParam{}, StateMutability: "view",
				Outputs: []ddo.ABIParam{{Name: "", Type: "uint256", InternalType: "uint256"}},
			}},
			&ddo.S3File{S3Access: ddo.S3Access{Endpoint: "https://s3.example.com", ObjectKey: "k", Bucket: "b", AccessKeyID: "id", SecretAccessKey: "secret", ForcePathStyle: true}},
			&ddo.FTPFile{URL: "ftps://user:pass@ftp.example.com:2121/data.csv"},
			&ddo.NodePersistentStorageFile{BucketID: "bucket", FileName: "data.csv", FileEncryption: ddo.FileEncryption{EncryptedBy: "16Uiu2", EncryptMethod: "ECIES"}},
		},
	}
	require.NoError(t, fo.Validate())
	out, err := fo.MarshalJSON()
	require.NoError(t, err)
	golden(t, "files_object.json", out)

	var back ddo.FilesObject
	require.NoError(t, back.UnmarshalJSON(out))
	again, err := back.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(out), string(again))
	require.Len(t, back.Files, 8)
	u, ok := back.Files[0].(*ddo.URLFile)
	require.True(t, ok)
	assert.Equal(t, "Bearer x", u.Headers["Authorization"])
	assert.Equal(t, ddo.StorageNodePersistentStorage, back.Files[7].StorageType())
}

func TestDecodeStorageObject(t *testing.T) {
	// Ocean Node matches types case-insensitively; unknown members stay.
	s, err := ddo.DecodeStorageObject([]byte(`{"type":"URL","url":"https://x.org/f","method":"post","extra":1}`))
	require.NoError(t, err)
	u := s.(*ddo.URLFile)
	assert.Equal(t, "post", u.Method)
	assert.Equal(t, `1`, u.Extra.Get("extra").String())

	for _, in := range []string{`{"type":"carrier-pigeon"}`, `{"url":"x"}`, `{"type":"url","url":1}`, `[]`} {
		_, err := ddo.DecodeStorageObject([]byte(in))
		var derr *ddo.DecodeError
		assert.True(t, errors.As(err, &derr), "%s: %v", in, err)
	}
	var fo ddo.FilesObject
	var derr *ddo.DecodeError
	require.ErrorAs(t, fo.UnmarshalJSON([]byte(`{"nftAddress":"x","files":{}}`)), &derr)
	assert.Equal(t, "$.files", derr.Path)
}

func TestFilesObjectValidate(t *testing.T) {
	cases := []struct {
		name string
		file ddo.StorageObject
		path string
	}{
		{"url without method", &ddo.URLFile{URL: "https://x.org/f"}, "$.files[0].method"},
		{"url with PUT", &ddo.URLFile{URL: "https://x.org/f", Method: "PUT"}, "$.files[0].method"},
		{"url that is a path", &ddo.URLFile{URL: "/etc/passwd", Method: "GET"}, "$.files[0].url"},
		{"ipfs hash that is a URL", &ddo.IPFSFile{Hash: "https://ipfs.io/ipfs/Qm"}, "$.files[0].hash"},
		{"ipfs hash that is a path", &ddo.IPFSFile{Hash: "ipfs/Qm"}, "$.files[0].hash"},
		{"arweave without id", &ddo.ArweaveFile{}, "$.files[0].transactionId"},
		{"graphql without query", &ddo.GraphQLFile{URL: "https://x.org/g"}, "$.files[0].query"},
		{"smartcontract not view", &ddo.SmartContractFile{ChainID: 1, Address: dt, ABI: ddo.FunctionABI{Name: "f", Type: "function", StateMutability: "payable"}}, "$.files[0].abi.stateMutability"},
		{"smartcontract bad address", &ddo.SmartContractFile{ChainID: 1, Address: "0x1", ABI: ddo.FunctionABI{Name: "f", Type: "function", StateMutability: "view"}}, "$.files[0].address"},
		{"s3 without bucket", &ddo.S3File{S3Access: ddo.S3Access{Endpoint: "e", ObjectKey: "k", AccessKeyID: "a", SecretAccessKey: "s"}}, "$.files[0].s3Access.bucket"},
		{"ftp with http URL", &ddo.FTPFile{URL: "https://x.org/f"}, "$.files[0].url"},
		{"node storage without file", &ddo.NodePersistentStorageFile{BucketID: "b"}, "$.files[0].fileName"},
		{"bad encryption method", &ddo.NodePersistentStorageFile{BucketID: "b", FileName: "f", FileEncryption: ddo.FileEncryption{EncryptMethod: "ROT13"}}, "$.files[0].encryptMethod"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fo := ddo.FilesObject{NFTAddress: nft, DatatokenAddress: dt, Files: []ddo.StorageObject{tc.file}}
			err := fo.Validate()
			var verr *ddo.ValidationError
			require.ErrorAs(t, err, &verr)
			paths := []string{}
			for _, v := range verr.Violations {
				paths = append(paths, v.Path)
			}
			assert.Contains(t, paths, tc.path)
		})
	}
	empty := ddo.FilesObject{NFTAddress: "nope"}
	err := empty.Validate()
	var verr *ddo.ValidationError
	require.ErrorAs(t, err, &verr)
	assert.Equal(t, "$.nftAddress", verr.Violations[0].Path)
	assert.Len(t, verr.Violations, 3)

	_, err = ddo.FilesObject{Files: []ddo.StorageObject{(*ddo.URLFile)(nil)}}.MarshalJSON()
	assert.Error(t, err)
}
