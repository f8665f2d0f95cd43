package contracts

// PinnedVersion is the @oceanprotocol/contracts version package-lock.json
// pins; the local chain deploys this release's bytecode.
const PinnedVersion = "2.6.0"

// PinnedIntegrity is the npm SRI hash (sha512-<base64>) of the
// PinnedVersion tarball, as package-lock.json records it. A downloaded
// tarball must match it before it is unpacked.
const PinnedIntegrity = "sha512-4K3TTM0q4VlBs7GLXzQkGMae576iAGHMARqMFcKXUUtfGyiT8KP4sP9IBsq8UUhu11R4JU2KTqXenHS8EWxrbA=="
