//go:build azure

package main

// azblob:// through Azure's own SDK; see drivers.go.
import _ "gocloud.dev/blob/azureblob"
