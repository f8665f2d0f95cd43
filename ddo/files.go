package ddo

import (
	"errors"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	playvalidator "github.com/go-playground/validator/v10"
)

// Storage types (the "type" of a file object). Ocean Node matches them
// case-insensitively.
const (
	StorageURL                   = "url"
	StorageIPFS                  = "ipfs"
	StorageArweave               = "arweave"
	StorageGraphQL               = "graphql"               // python Provider only
	StorageSmartContract         = "smartcontract"         // python Provider only
	StorageS3                    = "s3"                    // Ocean Node only
	StorageFTP                   = "ftp"                   // Ocean Node only
	StorageNodePersistentStorage = "nodePersistentStorage" // Ocean Node only
)

// StorageObject is one file of a [FilesObject]: a *URLFile, *IPFSFile,
// *ArweaveFile, *GraphQLFile, *SmartContractFile, *S3File, *FTPFile or
// *NodePersistentStorageFile.
type StorageObject interface {
	// StorageType returns the file object's "type".
	StorageType() string
}

// FileEncryption is carried by Ocean Node file objects whose content is
// itself encrypted.
type FileEncryption struct {
	EncryptedBy   string `json:"encryptedBy,omitempty"`                                        // node id
	EncryptMethod string `json:"encryptMethod,omitempty" validate:"omitempty,oneof=AES ECIES"` // "AES" or "ECIES"
}

// URLFile is a file served over HTTP(S). Method is GET or POST (any case).
type URLFile struct {
	URL     string            `json:"url" validate:"required,http_url"`
	Method  string            `json:"method" validate:"required,oneofci=GET POST"`
	Headers map[string]string `json:"headers,omitempty"`
	FileEncryption
	Extra Object `json:"-"`
}

// IPFSFile is a file on IPFS, fetched through the node's gateway.
type IPFSFile struct {
	Hash    string            `json:"hash" validate:"required,notpath"`
	Headers map[string]string `json:"headers,omitempty"`
	FileEncryption
	Extra Object `json:"-"`
}

// ArweaveFile is a file on Arweave.
type ArweaveFile struct {
	TransactionID string            `json:"transactionId" validate:"required,notpath"`
	Headers       map[string]string `json:"headers,omitempty"`
	FileEncryption
	Extra Object `json:"-"`
}

// GraphQLFile is the result of a GraphQL query (python Provider only).
type GraphQLFile struct {
	URL     string            `json:"url" validate:"required,http_url"`
	Query   string            `json:"query" validate:"required"`
	Headers map[string]string `json:"headers,omitempty"`
	Extra   Object            `json:"-"`
}

// SmartContractFile is the result of a view call (python Provider only).
type SmartContractFile struct {
	ChainID int64       `json:"chainId" validate:"gt=0"`
	Address string      `json:"address" validate:"required,eth_addr"`
	ABI     FunctionABI `json:"abi"`
	Extra   Object      `json:"-"`
}

// FunctionABI is the ABI of one view or pure function.
type FunctionABI struct {
	Name            string     `json:"name" validate:"required"`
	Type            string     `json:"type" validate:"eq=function"`
	Inputs          []ABIParam `json:"inputs"`
	Outputs         []ABIParam `json:"outputs,omitempty"`
	StateMutability string     `json:"stateMutability" validate:"oneof=view pure"`
	Extra           Object     `json:"-"`
}

// ABIParam is a function input or output.
type ABIParam struct {
	Name         string `json:"name"`
	Type         string `json:"type" validate:"required"`
	InternalType string `json:"internalType,omitempty"`
	Extra        Object `json:"-"`
}

// S3File is an object in S3-compatible storage (Ocean Node only).
type S3File struct {
	S3Access S3Access `json:"s3Access"`
	FileEncryption
	Extra Object `json:"-"`
}

// S3Access locates an S3 object and holds the credentials to read it.
type S3Access struct {
	Endpoint        string `json:"endpoint" validate:"required"`
	Region          string `json:"region,omitempty"`
	ObjectKey       string `json:"objectKey" validate:"required"`
	Bucket          string `json:"bucket" validate:"required"`
	AccessKeyID     string `json:"accessKeyId" validate:"required"`
	SecretAccessKey string `json:"secretAccessKey" validate:"required"`
	ForcePathStyle  bool   `json:"forcePathStyle,omitempty"`
	Extra           Object `json:"-"`
}

// FTPFile is a file on an FTP(S) server: ftp://[user:pass@]host[:port]/path
// (Ocean Node only).
type FTPFile struct {
	URL string `json:"url" validate:"required,ftp_url"`
	FileEncryption
	Extra Object `json:"-"`
}

// NodePersistentStorageFile is a file in an Ocean node's persistent
// storage bucket (Ocean Node only).
type NodePersistentStorageFile struct {
	BucketID string `json:"bucketId" validate:"required"`
	FileName string `json:"fileName" validate:"required"`
	FileEncryption
	Extra Object `json:"-"`
}

// StorageType implements [StorageObject].
func (*URLFile) StorageType() string { return StorageURL }

// StorageType implements [StorageObject].
func (*IPFSFile) StorageType() string { return StorageIPFS }

// StorageType implements [StorageObject].
func (*ArweaveFile) StorageType() string { return StorageArweave }

// StorageType implements [StorageObject].
func (*GraphQLFile) StorageType() string { return StorageGraphQL }

// StorageType implements [StorageObject].
func (*SmartContractFile) StorageType() string { return StorageSmartContract }

// StorageType implements [StorageObject].
func (*S3File) StorageType() string { return StorageS3 }

// StorageType implements [StorageObject].
func (*FTPFile) StorageType() string { return StorageFTP }

// StorageType implements [StorageObject].
func (*NodePersistentStorageFile) StorageType() string { return StorageNodePersistentStorage }

// FilesObject is the plaintext of a service's files field: the document a
// publisher has the node encrypt (ddo.md §5). At download the node requires
// NFTAddress and DatatokenAddress to match the DDO and service
// (case-insensitively). A file's index is its position in Files.
type FilesObject struct {
	NFTAddress       string          `validate:"required,eth_addr"`
	DatatokenAddress string          `validate:"required,eth_addr"`
	Files            []StorageObject `validate:"required,min=1,dive,required"`
}

// MarshalJSON encodes f as ocean.js does: {"nftAddress", "datatokenAddress",
// "files"}, each file with "type" first.
func (f FilesObject) MarshalJSON() ([]byte, error) {
	v, err := f.value()
	if err != nil {
		return nil, err
	}
	return appendValue(nil, v), nil
}

func (f FilesObject) value() (Value, error) {
	files := make([]Value, len(f.Files))
	for i, s := range f.Files {
		if s == nil || reflect.ValueOf(s).IsNil() {
			return Value{}, errors.New("ddo: files[" + strconv.Itoa(i) + "] is nil")
		}
		files[i] = storageValue(s)
	}
	return ObjectValue(
		Member{"nftAddress", StringValue(f.NFTAddress)},
		Member{"datatokenAddress", StringValue(f.DatatokenAddress)},
		Member{"files", arrayOf(files)},
	), nil
}

func storageValue(s StorageObject) Value {
	inner := toValue(reflect.ValueOf(s))
	ms := make([]Member, 0, len(inner.obj)+1)
	ms = append(ms, Member{"type", StringValue(s.StorageType())})
	for _, m := range inner.obj {
		if m.Key != "type" {
			ms = append(ms, m)
		}
	}
	return Value{kind: ObjectKind, obj: normalizeMembers(ms)}
}

// UnmarshalJSON decodes a files object; file types are matched
// case-insensitively, as Ocean Node does. Errors are *[SyntaxError] or
// *[DecodeError].
func (f *FilesObject) UnmarshalJSON(data []byte) error {
	x, err := ParseValue(data)
	if err != nil {
		return err
	}
	if x.kind != ObjectKind {
		return &DecodeError{Path: "$", Msg: "expected an object, got " + describe(x)}
	}
	var out FilesObject
	if s, ok := x.Get("nftAddress").Str(); ok {
		out.NFTAddress = s
	}
	if s, ok := x.Get("datatokenAddress").Str(); ok {
		out.DatatokenAddress = s
	}
	files := x.Get("files")
	if files.kind != Array {
		return &DecodeError{Path: "$.files", Msg: "expected an array, got " + describe(files)}
	}
	for i, m := range files.obj {
		e := m.Value
		path := "$.files[" + strconv.Itoa(i) + "]"
		s, err := decodeStorage(e, path)
		if err != nil {
			return err
		}
		out.Files = append(out.Files, s)
	}
	*f = out
	return nil
}

// EncodeStorageObject encodes one file object as ocean.js does
// (JSON.stringify): "type" first, then its fields, then Extra. It is the
// form the provider client sends to fileinfo and encryptFile and the form
// a files document holds.
func EncodeStorageObject(s StorageObject) ([]byte, error) {
	if s == nil || reflect.ValueOf(s).IsNil() {
		return nil, errors.New("ddo: nil storage object")
	}
	return appendValue(nil, storageValue(s)), nil
}

// DecodeStorageObject decodes one file object.
func DecodeStorageObject(data []byte) (StorageObject, error) {
	x, err := ParseValue(data)
	if err != nil {
		return nil, err
	}
	return decodeStorage(x, "$")
}

func decodeStorage(x Value, path string) (StorageObject, error) {
	t, ok := x.Get("type").Str()
	if !ok {
		return nil, &DecodeError{Path: path + ".type", Msg: "expected a string, got " + describe(x.Get("type"))}
	}
	var s StorageObject
	switch strings.ToLower(t) {
	case "url":
		s = new(URLFile)
	case "ipfs":
		s = new(IPFSFile)
	case "arweave":
		s = new(ArweaveFile)
	case "graphql":
		s = new(GraphQLFile)
	case "smartcontract":
		s = new(SmartContractFile)
	case "s3":
		s = new(S3File)
	case "ftp":
		s = new(FTPFile)
	case "nodepersistentstorage":
		s = new(NodePersistentStorageFile)
	default:
		return nil, &DecodeError{Path: path + ".type", Msg: "unknown storage type " + strconv.Quote(t)}
	}
	rv := reflect.ValueOf(s).Elem()
	if err := fromValue(rv, x, path); err != nil {
		return nil, err
	}
	// "type" is implied by the Go type; drop it from Extra.
	extra := rv.FieldByName("Extra").Addr().Interface().(*Object)
	extra.Delete("type")
	return s, nil
}

const embeddedName = "~embedded"

var pathLike = regexp.MustCompile(`^(.+)/([^/]*)$`)

// newStructValidator returns a validator for the file objects and the
// builder parameters, reporting JSON field names.
func newStructValidator() *playvalidator.Validate {
	v := playvalidator.New(playvalidator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		if f.Anonymous {
			return embeddedName // flattened in JSON; removed from paths
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		if name == "" {
			return lowerFirst(f.Name)
		}
		return name
	})
	// Ocean Node rejects an IPFS hash or Arweave id that is a URL or a path.
	_ = v.RegisterValidation("notpath", func(fl playvalidator.FieldLevel) bool {
		s := fl.Field().String()
		return !pathLike.MatchString(s) && !strings.Contains(s, "://")
	})
	_ = v.RegisterValidation("ftp_url", func(fl playvalidator.FieldLevel) bool {
		s := strings.ToLower(fl.Field().String())
		return strings.HasPrefix(s, "ftp://") || strings.HasPrefix(s, "ftps://")
	})
	return v
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	if strings.HasPrefix(s, "NFT") {
		s = "nft" + s[3:]
	}
	s = strings.TrimSuffix(s, "ID") + map[bool]string{true: "Id"}[strings.HasSuffix(s, "ID")]
	return strings.ToLower(s[:1]) + s[1:]
}

// Validate checks f: both addresses are 0x-prefixed hex addresses, there
// is at least one file, and each file has the fields its type requires
// (ddo.md §5). It returns nil or a *[ValidationError].
func (f *FilesObject) Validate() error {
	return structError(newStructValidator().Struct(f), "")
}

// structError turns validator errors into a *ValidationError with JSON
// paths.
func structError(err error, version string) error {
	if err == nil {
		return nil
	}
	var verrs playvalidator.ValidationErrors
	if !errors.As(err, &verrs) {
		return err
	}
	out := &ValidationError{Version: version}
	for _, fe := range verrs {
		ns := strings.ReplaceAll(fe.Namespace(), "."+embeddedName, "")
		if i := strings.IndexByte(ns, '.'); i >= 0 {
			ns = ns[i:]
		} else {
			ns = ""
		}
		out.Violations = append(out.Violations, Violation{Path: "$" + ns, Rule: Rule(fe.Tag()), Message: tagMessage(fe)})
	}
	return out
}

func tagMessage(fe playvalidator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "is required"
	case "http_url":
		return "must be an http(s) URL"
	case "ftp_url":
		return "must be an ftp:// or ftps:// URL"
	case "oneofci", "oneof":
		return "must be one of " + fe.Param()
	case "eth_addr":
		return "must be a 0x-prefixed hex address"
	case "notpath":
		return "must not be a URL or a path"
	case "eq":
		return "must be " + strconv.Quote(fe.Param())
	case "gt":
		return "must be greater than " + fe.Param()
	case "gte":
		return "must be at least " + fe.Param()
	case "min":
		return "must have at least " + fe.Param() + " element(s)"
	}
	return "fails " + fe.Tag()
}
