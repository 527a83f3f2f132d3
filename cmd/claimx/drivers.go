package main

// The object storage claimx reads and writes, through gocloud.dev/blob:
// registered here, in the command, so that the library links none of the
// cloud SDKs. S3 is built in (AWS, and the servers that speak its API:
// MinIO, SeaweedFS, Ceph, R2, and Google Cloud Storage's XML API with HMAC
// keys). The native gs:// and azblob:// drivers come with the build tags
// gcs and azure (drivers_gcs.go, drivers_azure.go): Google's SDK alone
// would add 32 MB to the binary and 15 MiB to every run's memory.
import _ "gocloud.dev/blob/s3blob"
