#include "relaxng_engine.h"

#include "relaxng_document_events.h"
#include "relaxng_matcher.h"
#include "relaxng_patterns.h"
#include "relaxng_simplifier.h"
#include "source_columns.h"

namespace teipress {

namespace {

// A session that has grown this large (pathological schemas and documents) is dropped after the
// document instead of being kept for the next.
constexpr size_t kMaxKeptPatterns = 4'000'000;

}  // namespace

std::unique_ptr<RelaxNgEngine> RelaxNgEngine::Compile(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  auto grammar = CompileRelaxNgGrammar(path, diagnostics);
  if (!grammar) return nullptr;
  auto engine = std::unique_ptr<RelaxNgEngine>(new RelaxNgEngine());
  engine->grammar_ = std::move(grammar);
  return engine;
}

RelaxNgEngine::~RelaxNgEngine() = default;

std::unique_ptr<PatternSession> RelaxNgEngine::Borrow() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      auto session = std::move(idle_.back());
      idle_.pop_back();
      return session;
    }
  }
  return std::make_unique<PatternSession>(*grammar_);
}

void RelaxNgEngine::Return(std::unique_ptr<PatternSession> session) const {
  if (session->size() > kMaxKeptPatterns) return;
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(session));
}

bool RelaxNgEngine::ValidateFile(const std::string& path, std::vector<Diagnostic>& diagnostics) const {
  auto session = Borrow();
  std::vector<Diagnostic> findings;
  bool valid;
  {
    RelaxNgMatcher matcher(*session, *grammar_, path, findings);
    const bool well_formed = StreamXmlFile(path, matcher, findings);
    valid = well_formed && matcher.valid();
  }
  Return(std::move(session));
  SortDiagnostics(findings);
  diagnostics.insert(diagnostics.end(), findings.begin(), findings.end());
  return valid;
}

bool RelaxNgEngine::ValidateDocument(xmlDocPtr document, const std::string& file,
                                     std::vector<Diagnostic>& diagnostics) const {
  auto session = Borrow();
  std::vector<Diagnostic> findings;
  bool valid;
  {
    RelaxNgMatcher matcher(*session, *grammar_, file, findings);
    WalkXmlTree(document, matcher);
    valid = matcher.valid();
    // The tree knows lines; columns are found in the source, read only when there is something to say.
    if (!findings.empty()) {
      const std::vector<std::string> lines = ReadSourceLines(file);
      for (size_t i = 0; i < findings.size(); ++i) {
        const auto* node = static_cast<xmlNodePtr>(const_cast<void*>(matcher.nodes()[i]));
        if (node && findings[i].column == 0) findings[i].column = ColumnOf(const_cast<xmlNodePtr>(node), findings[i].line, lines);
      }
    }
  }
  Return(std::move(session));
  SortDiagnostics(findings);
  diagnostics.insert(diagnostics.end(), findings.begin(), findings.end());
  return valid;
}

}  // namespace teipress
