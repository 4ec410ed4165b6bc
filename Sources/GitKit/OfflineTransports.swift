// OSSRLint never talks to a network: it reads objects already on disk. libgit2 1.5, as Debian
// builds it, still prepares its network transports in `git_libgit2_init`: it seeds mbedTLS's
// random generator from its slow entropy sources, parses the system's whole CA bundle into
// mbedTLS, and initialises OpenSSL through libssh2. Measured with a C program that only calls
// `git_libgit2_init`, the CA bundle and OpenSSL were 9 ms of a 16 ms process: more than listing
// a 10,000-file tree; the entropy seeding was another 0.3 ms of every run.
//
// GitKit links with `--wrap` for the C symbols below (Package.swift): the linker sends
// libgit2's references to `__wrap_NAME`, defined here, instead of NAME.
// - libgit2's mbedTLS stream (its four entry points): TLS is never set up, and a TLS stream can
//   never be opened. libgit2's TLS code, and mbedTLS's TLS, X.509 and entropy code under it,
//   are not linked at all.
// - libssh2's global initialisation: SSH, and OpenSSL under it, are never set up.
// - HTTP Negotiate (Kerberos) authentication: its one entry point fails, so libgit2's Negotiate
//   code is not linked, nor the GSSAPI shared library and the six Kerberos libraries under it
//   (about 1 ms of loading on every run).
// It fails closed: every network operation that would need them fails. Tests read the executable
// with `nm`, `readelf` and `objdump`.

/// Stands in for the set-up of libgit2's mbedTLS stream: sets up nothing, reports success.
@_cdecl("__wrap_git_mbedtls_stream_global_init")
public func offlineSkipTLSSetUp() -> Int32 { 0 }

/// Stands in for opening a TLS connection: fails.
@_cdecl("__wrap_git_mbedtls_stream_new")
public func offlineRefuseTLSStream(_ stream: UnsafeMutableRawPointer?, _ host: UnsafePointer<CChar>?, _ port: UnsafePointer<CChar>?) -> Int32 { -1 }

/// Stands in for wrapping a connection in TLS: fails.
@_cdecl("__wrap_git_mbedtls_stream_wrap")
public func offlineRefuseTLSWrapping(_ stream: UnsafeMutableRawPointer?, _ inner: UnsafeMutableRawPointer?, _ host: UnsafePointer<CChar>?) -> Int32 { -1 }

/// Stands in for `GIT_OPT_SET_SSL_CERT_LOCATIONS`: fails, as there is no TLS to configure.
@_cdecl("__wrap_git_mbedtls__set_cert_location")
public func offlineRefuseCertificateLocation(_ file: UnsafePointer<CChar>?, _ path: UnsafePointer<CChar>?) -> Int32 { -1 }

/// Stands in for libssh2's global initialisation (and OpenSSL's under it): does nothing.
@_cdecl("__wrap_libssh2_init")
public func offlineSkipSSHInitialisation(_ flags: Int32) -> Int32 { 0 }

/// Stands in for libgit2's set-up of HTTP Negotiate authentication: fails, so no Negotiate
/// context is ever made (libgit2 then reports the failed authentication).
@_cdecl("__wrap_git_http_auth_negotiate")
public func offlineRefuseNegotiateAuthentication(_ context: UnsafeMutableRawPointer?, _ url: UnsafeRawPointer?) -> Int32 { -1 }
