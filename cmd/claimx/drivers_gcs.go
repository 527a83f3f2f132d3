//go:build gcs

package main

// gs:// through Google's own SDK; see drivers.go.
import _ "gocloud.dev/blob/gcsblob"
