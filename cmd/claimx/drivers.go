package main

// The object storage claimx reads and writes, through gocloud.dev/blob:
// registered here, in the command, so that the library links none of the
// cloud SDKs.
import (
	_ "gocloud.dev/blob/azureblob"
	_ "gocloud.dev/blob/gcsblob"
	_ "gocloud.dev/blob/s3blob"
)
