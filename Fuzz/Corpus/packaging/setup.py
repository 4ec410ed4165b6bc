setup.py
from setuptools import setup

setup(
    name="legacy-reducer",
    version="2.3",
    license='LGPL-2.1-or-later',
    classifiers=["License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)"],
)
