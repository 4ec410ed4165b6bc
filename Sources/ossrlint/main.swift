import OSSRLintKit
print("ossrlint")
