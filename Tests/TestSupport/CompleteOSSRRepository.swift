/// A research-software repository that satisfies every rule of the OSSR profile: licence,
/// metadata, citation, changelog, container recipe, README prose, Sphinx docs, CI, tests,
/// community files and a release tag. Tests break it in exactly one way to show one rule.
public enum CompleteOSSRRepository {
    public static let mitLicence = """
        MIT License

        Copyright (c) 2024 Ada Tester

        Permission is hereby granted, free of charge, to any person obtaining a copy
        of this software and associated documentation files (the "Software"), to deal
        in the Software without restriction, including without limitation the rights
        to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
        copies of the Software, and to permit persons to whom the Software is
        furnished to do so, subject to the following conditions:

        The above copyright notice and this permission notice shall be included in all
        copies or substantial portions of the Software.

        THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
        OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
        SOFTWARE.

        """

    /// A codemeta.json with every key the OSSR requires or recommends, ready for Zenodo, and
    /// the version of the `v1.0.0` tag.
    public static let completeCodeMeta = """
        {
          "@context": "https://w3id.org/codemeta/3.0",
          "@type": "SoftwareSourceCode",
          "name": "skytool",
          "description": "Reduces raw telescope exposures into calibrated images.",
          "version": "1.0.0",
          "softwareVersion": "1.0.0",
          "datePublished": "2024-01-01",
          "license": "https://spdx.org/licenses/MIT",
          "readme": "https://gitlab.example.org/sky/skytool/-/blob/main/README.md",
          "codeRepository": "https://gitlab.example.org/sky/skytool",
          "issueTracker": "https://gitlab.example.org/sky/skytool/-/issues",
          "releaseNotes": "https://gitlab.example.org/sky/skytool/-/blob/main/CHANGELOG.md",
          "keywords": ["CTA", "astronomy", "image reduction"],
          "identifier": "https://doi.org/10.5281/zenodo.1234567",
          "funding": "ESCAPE 824064",
          "funder": {"@type": "Organization", "name": "European Commission"},
          "copyrightHolder": {"@type": "Organization", "name": "Sky Lab"},
          "memoryRequirements": "2 GB",
          "processorRequirements": "x86_64 or arm64",
          "storageRequirements": "100 MB",
          "author": [{"@type": "Person", "givenName": "Ada", "familyName": "Tester"}],
          "maintainer": {"@type": "Person", "givenName": "Ada", "familyName": "Tester", "email": "ada@example.org"}
        }

        """

    /// Every file the OSSR profile asks for, except the licence when `licence` is false.
    public static func files(licence: Bool = true) -> [String: String] {
        var files: [String: String] = [
            "codemeta.json": completeCodeMeta,
            "CITATION.cff": "cff-version: 1.2.0\ntitle: skytool\nmessage: Please cite it.\nversion: 1.0.0\nauthors:\n  - family-names: Tester\n    given-names: Ada\n",
            "CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\n- First release.\n",
            "Dockerfile": "FROM python:3.12-slim\nCOPY . /src\nRUN pip install /src\n",
            "README.md": """
                # skytool

                skytool reduces raw telescope exposures into calibrated images. It removes the bias,
                divides by the flat field, and writes FITS files that downstream analysis pipelines
                can read without further conversion. Install it with pip and run it on a folder.

                To cite skytool, use the metadata in CITATION.cff.

                """,
            "requirements.txt": "numpy>=1.24\nastropy>=6.0\n",
            "docs/conf.py": "project = 'skytool'\nextensions = ['sphinx.ext.autodoc']\nhtml_theme = 'alabaster'\n",
            ".gitlab-ci.yml": """
                test:
                  image: python:3.12
                  script:
                    - pytest
                metadata:
                  image: gitlab-registry.in2p3.fr/escape2020/wp3/eossr:v2.0
                  script:
                    - eossr-metadata-validator codemeta.json
                zenodo:
                  image: gitlab-registry.in2p3.fr/escape2020/wp3/eossr:v2.0
                  script:
                    - eossr-upload-repository -t $ZENODO_TOKEN -i $CI_PROJECT_DIR
                  rules:
                    - if: $CI_COMMIT_TAG
                container:
                  image:
                    name: gcr.io/kaniko-project/executor:v1.23.2-debug
                    entrypoint: [""]
                  script:
                    - /kaniko/executor --context $CI_PROJECT_DIR --destination $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG
                  rules:
                    - if: $CI_COMMIT_TAG

                """,
            "tests/test_reduce.py": "def test_reduce():\n    assert True\n",
            "src/skytool/__init__.py": "__version__ = '1.0.0'\n",
            "CONTRIBUTING.md": "# Contributing\n\nOpen an issue first.\n",
            "CODE_OF_CONDUCT.md": "# Code of conduct\n\nBe kind.\n",
            ".gitignore": "build/\ndist/\n.venv/\n",
        ]
        if licence { files["LICENSE"] = mitLicence }
        return files
    }

    /// A committed complete repository on `main`, tagged `v1.0.0` (annotated).
    public static func make() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        try repository.commit("Initial import", files: files())
        try repository.tag("v1.0.0", annotated: true)
        return repository
    }
}
