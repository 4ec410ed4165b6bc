// OSSRLint never talks to a network: it reads objects already on disk. libgit2 1.5, as Debian
// builds it, still prepares its network transports in `git_libgit2_init`: it parses the system's
// whole CA bundle into mbedTLS and initialises OpenSSL through libssh2. Measured with a C program
// that only calls `git_libgit2_init`, that is 16 ms of a 16 ms process, of which these two
// steps are 9 ms: more than listing a 10,000-file tree.
//
// HTTP Negotiate (Kerberos) authentication would need the GSSAPI shared library and the six
// Kerberos libraries under it, loaded by every run (about 1 ms) for a network OSSRLint never
// uses. Its one entry point is replaced too, so libgit2's Negotiate code is not linked at all.
//
// GitKit links with `--wrap` for these four C symbols (Package.swift): the linker sends
// libgit2's calls to `__wrap_NAME`, defined here, instead of NAME. The CA bundle is not parsed
// and libgit2 never initialises libssh2. It fails closed: with no CA certificate loaded, no TLS
// peer can be verified, and SSH is never set up. A test reads the calls from the executable's
// machine code.

/// Stands in for mbedTLS's loading of a CA bundle file: loads nothing, reports success.
@_cdecl("__wrap_mbedtls_x509_crt_parse_file")
public func offlineSkipCertificateFile(_ chain: UnsafeMutableRawPointer?, _ path: UnsafePointer<CChar>?) -> Int32 { 0 }

/// Stands in for mbedTLS's loading of a CA directory: loads nothing, reports success.
@_cdecl("__wrap_mbedtls_x509_crt_parse_path")
public func offlineSkipCertificateDirectory(_ chain: UnsafeMutableRawPointer?, _ path: UnsafePointer<CChar>?) -> Int32 { 0 }

/// Stands in for libssh2's global initialisation (and OpenSSL's under it): does nothing.
@_cdecl("__wrap_libssh2_init")
public func offlineSkipSSHInitialisation(_ flags: Int32) -> Int32 { 0 }

/// Stands in for libgit2's set-up of HTTP Negotiate authentication: fails, so no Negotiate
/// context is ever made (libgit2 then reports the failed authentication).
@_cdecl("__wrap_git_http_auth_negotiate")
public func offlineRefuseNegotiateAuthentication(_ context: UnsafeMutableRawPointer?, _ url: UnsafeRawPointer?) -> Int32 { -1 }
