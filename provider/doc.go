// Package provider is the client of an Ocean Node or classic Ocean
// Provider (the DataServiceProvider of ocean.py).
package provider
