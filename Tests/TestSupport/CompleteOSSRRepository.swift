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
        FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.

        """

    /// Every file the OSSR profile asks for, except the licence when `licence` is false.
    public static func files(licence: Bool = true) -> [String: String] {
        var files: [String: String] = [
            "codemeta.json": """
                {"@context": "https://w3id.org/codemeta/3.0", "@type": "SoftwareSourceCode", "name": "skytool", "softwareVersion": "1.0.0"}

                """,
            "CITATION.cff": "cff-version: 1.2.0\ntitle: skytool\nmessage: Please cite it.\nauthors:\n  - family-names: Tester\n    given-names: Ada\n",
            "CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\n- First release.\n",
            "Dockerfile": "FROM python:3.12-slim\nCOPY . /src\nRUN pip install /src\n",
            "README.md": """
                # skytool

                skytool reduces raw telescope exposures into calibrated images. It removes the bias,
                divides by the flat field, and writes FITS files that downstream analysis pipelines
                can read without further conversion. Install it with pip and run it on a folder.

                """,
            "docs/conf.py": "project = 'skytool'\nextensions = ['sphinx.ext.autodoc']\nhtml_theme = 'alabaster'\n",
            ".gitlab-ci.yml": "test:\n  image: python:3.12\n  script:\n    - pytest\n",
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
