# OSSRLint in a container, for CI jobs and machines without a Swift toolchain.
#
#   docker build -t ossrlint .
#   docker run --rm -v "$PWD:/repo" -w /repo ossrlint check .
#
# Two stages: the Swift image builds a release binary with the Swift runtime linked in
# (--static-swift-stdlib), so the run stage is slim Debian with libgit2 and nothing else.
# Both stages are Debian 12 (bookworm), so the libgit2 the binary was built against is the one
# it runs with. SWIFT_IMAGE may name another Swift 6 image on bookworm.
ARG SWIFT_IMAGE=swift:6.3-bookworm

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libgit2-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
RUN swift build -c release --static-swift-stdlib \
    && install -D "$(swift build -c release --show-bin-path)/ossrlint" /out/ossrlint

FROM debian:bookworm-slim
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libgit2-1.5 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/ossrlint /usr/local/bin/ossrlint
# No git configuration is read (OSSRLint ignores it), and the ownership check libgit2 makes is
# off, so a checkout mounted from another user lints as it is.
ENTRYPOINT ["ossrlint"]
CMD ["check", "."]
