// The grammar of Python 3.11, as an LALR(1) Bison grammar.
//
// Precedence is written as layers of rules (test > or_test > ... > atom), as CPython's grammar
// does. Assignment and deletion targets are parsed as expressions and then checked and given
// their context by set_context(), which raises CPython's messages for invalid targets.
// The lexer hands over all tokens at once (compiler/lexer.h); errors are turned into CPython's
// messages by report_syntax_error() at the end of this file.
// The soft keywords `match` and `case` arrive as KW_MATCH / KW_CASE where compiler/parser.cpp
// recognized a match statement in the token stream; everywhere else they are NAMEs.

%require "3.5"
%define api.pure full
%define parse.error custom
%define parse.lac full
%locations
%param {slotpy::syntax::ParseState& P}

%code requires {
#include "compiler/parser_actions.h"
#define YYLTYPE slotpy::syntax::Loc
#define YYLTYPE_IS_DECLARED 1
#define YYLTYPE_IS_TRIVIAL 1
}

%code {
#include <gc/gc.h>
using namespace slotpy;
using namespace slotpy::ast;
using namespace slotpy::syntax;

// Bison's stacks hold GC pointers: keep them in GC memory when they grow.
#define YYMALLOC GC_MALLOC
#define YYFREE GC_FREE
#define YYMAXDEPTH 100000

int yylex(YYSTYPE* lval, YYLTYPE* lloc, ParseState& P);
static void yyerror(YYLTYPE*, ParseState&, const char*) {}

#define POS(l) slotpy::syntax::pos_of(l)
#define TPOS(t) (ast::Pos{(t)->lineno, (t)->col, (t)->end_lineno, (t)->end_col})

template <class T>
static Seq<T>* seq1(T v) {
  auto* s = make<Seq<T>>();
  s->push(v);
  return s;
}
template <class T>
static Seq<T>* seq0() {
  return make<Seq<T>>();
}
static StmtSeq* stmt1(Stmt* s) { return seq1<Stmt*>(s); }
template <class T>
static T* pnode(Pos p) {
  return node<T>(p);
}
static Pos hdr_span(const Loc& start, const StmtSeq& body) {
  return span(POS(start), block_end(body));
}
}

%union {
  slotpy::syntax::Token* tok;
  slotpy::ast::Expr* expr;
  slotpy::ast::Stmt* stmt;
  slotpy::ast::StmtSeq* stmts;
  slotpy::ast::ExprSeq* exprs;
  slotpy::syntax::ExprList* elist;
  slotpy::ast::Comprehension* comp;
  slotpy::ast::ComprehensionSeq* comps;
  slotpy::syntax::ArgItem* arg;
  slotpy::syntax::ArgItems* args;
  slotpy::syntax::ParamItem* param;
  slotpy::syntax::ParamItems* params;
  slotpy::syntax::DictItems* dict;
  slotpy::ast::ExceptHandler* handler;
  slotpy::syntax::TryTail* trytail;
  slotpy::ast::Alias* alias;
  slotpy::ast::AliasSeq* aliases;
  slotpy::ast::WithItem* withitem;
  slotpy::ast::WithItemSeq* withitems;
  slotpy::ast::IdentSeq* idents;
  slotpy::ast::Seq<slotpy::syntax::Token*>* toks;
  slotpy::ast::Arguments* arguments;
  slotpy::ast::Pattern* pattern;
  slotpy::ast::PatternSeq* patterns;
  slotpy::ast::MatchCase* matchcase;
  slotpy::ast::MatchCaseSeq* matchcases;
  slotpy::syntax::ClassArgs* classargs;
  slotpy::syntax::MapItems* mapitems;
  int num;
}

%token ENDMARKER 0 "end of file"
%token <tok> NAME "name" NUMBER "number" STRING "string"
%token <tok> NEWLINE "newline" INDENT "indent" DEDENT "dedent"
%token <tok> ERRORTOKEN UNKNOWN_CHAR MODE_FILE MODE_EVAL MODE_FEXPR
%token <tok> LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" WITH_LPAR
%token <tok> COLON ":" COMMA "," SEMI ";" PLUS "+" MINUS "-" STAR "*" SLASH "/"
%token <tok> VBAR "|" AMPER "&" LESS "<" GREATER ">" EQUAL "=" DOT "." PERCENT "%"
%token <tok> EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<=" GREATEREQUAL ">=" TILDE "~"
%token <tok> CIRCUMFLEX "^" LEFTSHIFT "<<" RIGHTSHIFT ">>" DOUBLESTAR "**"
%token <tok> PLUSEQUAL "+=" MINEQUAL "-=" STAREQUAL "*=" SLASHEQUAL "/=" PERCENTEQUAL "%="
%token <tok> AMPEREQUAL "&=" VBAREQUAL "|=" CIRCUMFLEXEQUAL "^=" LEFTSHIFTEQUAL "<<="
%token <tok> RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**=" DOUBLESLASH "//" DOUBLESLASHEQUAL "//="
%token <tok> AT "@" ATEQUAL "@=" RARROW "->" ELLIPSIS "..." COLONEQUAL ":="
%token <tok> KW_FALSE "False" KW_NONE "None" KW_TRUE "True" KW_AND "and" KW_AS "as"
%token <tok> KW_ASSERT "assert" KW_ASYNC "async" KW_AWAIT "await" KW_BREAK "break"
%token <tok> KW_CLASS "class" KW_CONTINUE "continue" KW_DEF "def" KW_DEL "del" KW_ELIF "elif"
%token <tok> KW_ELSE "else" KW_EXCEPT "except" KW_FINALLY "finally" KW_FOR "for"
%token <tok> KW_FROM "from" KW_GLOBAL "global" KW_IF "if" KW_IMPORT "import" KW_IN "in"
%token <tok> KW_IS "is" KW_LAMBDA "lambda" KW_NONLOCAL "nonlocal" KW_NOT "not" KW_OR "or"
%token <tok> KW_PASS "pass" KW_RAISE "raise" KW_RETURN "return" KW_TRY "try"
%token <tok> KW_WHILE "while" KW_WITH "with" KW_YIELD "yield"
%token <tok> KW_MATCH "match" KW_CASE "case"

%type <stmts> file_input stmt simple_stmt small_stmts block stmts elif_else else_opt
%type <stmt> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt
%type <stmt> funcdef classdef decorated async_stmt import_stmt import_from
%type <expr> test or_test and_test not_test comparison expr xor_expr and_expr shift_expr
%type <expr> arith_expr term factor power await_primary primary atom named_expr star_named_expr
%type <expr> star_expr_item testlist_star_expr yield_expr yield_or_testlist lambdef
%type <expr> target_list target_item slices slice_item opt_test return_ann opt_default
%type <expr> opt_annotation star_annotation
%type <elist> star_named_items star_exprs target_items slice_items del_items
%type <exprs> assign_lhs decorators
%type <comp> comp_for
%type <comps> comp_fors
%type <exprs> comp_ifs
%type <arg> arg_item
%type <args> arglist arg_items
%type <param> param lparam
%type <params> params lparams
%type <arguments> param_list lparam_list
%type <dict> dict_items
%type <handler> except_clause except_star_clause
%type <trytail> except_clauses try_tail
%type <alias> dotted_as_name import_as_name
%type <aliases> dotted_as_names import_as_names import_targets
%type <withitem> with_item
%type <withitems> with_items with_items_paren
%type <idents> name_list
%type <toks> strings
%type <num> augassign comp_op dots
%type <tok> dotted_name
%type <stmt> match_stmt
%type <expr> subject_expr guard name_or_attr signed_number literal_number literal_key
%type <pattern> patterns pattern or_pattern closed_pattern maybe_star_pattern star_pattern
%type <pattern> literal_pattern class_pattern mapping_pattern
%type <patterns> open_sequence_pattern pattern_items or_alts
%type <matchcase> case_block
%type <matchcases> case_blocks
%type <classargs> class_args
%type <mapitems> map_items
%type <tok> double_star_pattern

%%

start
  : MODE_FILE file_input        { P.module = make<Module>(); P.module->body = *$2; }
  | MODE_EVAL testlist_star_expr NEWLINE   { P.expr = $2; }
  | MODE_FEXPR testlist_star_expr NEWLINE  { P.expr = $2; }
  ;

file_input
  : %empty                      { $$ = seq0<Stmt*>(); }
  | file_input stmt             { $$ = $1; for (Stmt* s : *$2) $$->push(s); }
  ;

stmt
  : simple_stmt
  | compound_stmt               { $$ = stmt1($1); }
  ;

simple_stmt
  : small_stmts NEWLINE
  | small_stmts ";" NEWLINE     { $$ = $1; $$->back()->semi = POS(@2); }
  ;

small_stmts
  : small_stmt                  { $$ = stmt1($1); }
  | small_stmts ";" small_stmt  { $$ = $1; $$->push($3); }
  ;

small_stmt
  : expr_stmt
  | yield_expr                  { auto* s = node<ExprStmt>(POS(@$)); s->value = $1; $$ = s; }
  | "del" del_items {
      auto* s = node<Delete>(POS(@$));
      for (Expr* e : $2->items) { set_context(e, ExprContext::Del); s->targets.push(e); }
      $$ = s;
    }
  | "pass"                      { $$ = node<Pass>(POS(@$)); }
  | "break"                     { $$ = node<Break>(POS(@$)); }
  | "continue"                  { $$ = node<Continue>(POS(@$)); }
  | "return"                    { $$ = node<Return>(POS(@$)); }
  | "return" testlist_star_expr { auto* s = node<Return>(POS(@$)); s->value = $2; $$ = s; }
  | "raise"                     { $$ = node<Raise>(POS(@$)); }
  | "raise" test                { auto* s = node<Raise>(POS(@$)); s->exc = $2; $$ = s; }
  | "raise" test "from" test    { auto* s = node<Raise>(POS(@$)); s->exc = $2; s->cause = $4; $$ = s; }
  | "global" name_list          { auto* s = node<Global>(POS(@$)); s->names = *$2; $$ = s; }
  | "nonlocal" name_list        { auto* s = node<Nonlocal>(POS(@$)); s->names = *$2; $$ = s; }
  | "assert" test               { auto* s = node<Assert>(POS(@$)); s->test = $2; $$ = s; }
  | "assert" test "," test      { auto* s = node<Assert>(POS(@$)); s->test = $2; s->msg = $4; $$ = s; }
  | import_stmt
  ;

expr_stmt
  : testlist_star_expr          { auto* s = node<ExprStmt>(POS(@$)); s->value = $1; $$ = s; }
  | testlist_star_expr augassign yield_or_testlist { $$ = build_augassign($1, $2, $3, POS(@$)); }
  | testlist_star_expr ":" test { $$ = build_annassign($1, $3, nullptr, POS(@$)); }
  | testlist_star_expr ":" test "=" yield_or_testlist { $$ = build_annassign($1, $3, $5, POS(@$)); }
  | assign_lhs yield_or_testlist { $$ = build_assign(*$1, $2, POS(@$)); }
  ;

assign_lhs
  : testlist_star_expr "="              { $$ = seq1<Expr*>($1); }
  | assign_lhs yield_or_testlist "="    { $$ = $1; $$->push($2); }
  ;

yield_or_testlist
  : yield_expr
  | testlist_star_expr
  ;

augassign
  : "+="  { $$ = (int)OperatorKind::Add; }
  | "-="  { $$ = (int)OperatorKind::Sub; }
  | "*="  { $$ = (int)OperatorKind::Mult; }
  | "@="  { $$ = (int)OperatorKind::MatMult; }
  | "/="  { $$ = (int)OperatorKind::Div; }
  | "%="  { $$ = (int)OperatorKind::Mod; }
  | "&="  { $$ = (int)OperatorKind::BitAnd; }
  | "|="  { $$ = (int)OperatorKind::BitOr; }
  | "^="  { $$ = (int)OperatorKind::BitXor; }
  | "<<=" { $$ = (int)OperatorKind::LShift; }
  | ">>=" { $$ = (int)OperatorKind::RShift; }
  | "**=" { $$ = (int)OperatorKind::Pow; }
  | "//=" { $$ = (int)OperatorKind::FloorDiv; }
  ;

del_items
  : target_item                 { $$ = make<ExprList>(); $$->items.push($1); }
  | del_items "," target_item   { $$ = $1; $$->items.push($3); }
  | del_items ","               { $$ = $1; $$->trailing_comma = true; }
  ;

name_list
  : NAME                        { $$ = seq1<Ident>($1->name); }
  | name_list "," NAME          { $$ = $1; $$->push($3->name); }
  ;

/* ---- import ---- */

import_stmt
  : "import" dotted_as_names    { auto* s = node<Import>(POS(@$)); s->names = *$2; $$ = s; }
  | import_from
  ;

dotted_as_names
  : dotted_as_name              { $$ = seq1<Alias*>($1); }
  | dotted_as_names "," dotted_as_name { $$ = $1; $$->push($3); }
  ;

dotted_as_name
  : dotted_name                 { $$ = make<Alias>(); $$->pos = POS(@$); $$->name = $1->name; }
  | dotted_name "as" NAME       { $$ = make<Alias>(); $$->pos = POS(@$); $$->name = $1->name; $$->asname = $3->name; }
  ;

dotted_name
  : NAME                        { $$ = $1; }
  | dotted_name "." NAME {
      auto* t = make<Token>(*$1);
      std::string n = std::string($1->name) + "." + $3->name;
      t->name = intern_copy(n.data(), n.size());
      $$ = t;
    }
  ;

import_from
  : "from" dotted_name "import" import_targets {
      auto* s = node<ImportFrom>(POS(@$)); s->module = $2->name; s->names = *$4; s->level = 0; $$ = s;
    }
  | "from" dots dotted_name "import" import_targets {
      auto* s = node<ImportFrom>(POS(@$)); s->module = $3->name; s->names = *$5; s->level = $2; $$ = s;
    }
  | "from" dots "import" import_targets {
      auto* s = node<ImportFrom>(POS(@$)); s->names = *$4; s->level = $2; $$ = s;
    }
  ;

dots
  : "."                         { $$ = 1; }
  | "..."                       { $$ = 3; }
  | dots "."                    { $$ = $1 + 1; }
  | dots "..."                  { $$ = $1 + 3; }
  ;

import_targets
  : "*"                         { auto* a = make<Alias>(); a->pos = POS(@$); a->name = "*"; $$ = seq1<Alias*>(a); }
  | "(" import_as_names ")"     { $$ = $2; }
  | "(" import_as_names "," ")" { $$ = $2; }
  | import_as_names
  | import_as_names "," {
      Pos after{@2.last_line, @2.last_column, @2.last_line, @2.last_column};
      raise_at("trailing comma not allowed without surrounding parentheses", after);
    }
  ;

import_as_names
  : import_as_name              { $$ = seq1<Alias*>($1); }
  | import_as_names "," import_as_name { $$ = $1; $$->push($3); }
  ;

import_as_name
  : NAME                        { $$ = make<Alias>(); $$->pos = POS(@$); $$->name = $1->name; }
  | NAME "as" NAME              { $$ = make<Alias>(); $$->pos = POS(@$); $$->name = $1->name; $$->asname = $3->name; }
  ;

/* ---- compound statements ---- */

compound_stmt
  : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated
  | async_stmt | match_stmt
  ;

block
  : NEWLINE INDENT stmts DEDENT { $$ = $3; }
  | simple_stmt
  ;

stmts
  : stmt
  | stmts stmt                  { $$ = $1; for (Stmt* s : *$2) $$->push(s); }
  ;

if_stmt
  : "if" named_expr ":" block elif_else {
      auto* s = node<If>(hdr_span(@1, $5->empty() ? *$4 : *$5));
      s->test = $2; s->body = *$4; s->orelse = *$5; $$ = s;
    }
  ;

elif_else
  : %empty                      { $$ = seq0<Stmt*>(); }
  | "else" ":" block            { $$ = $3; }
  | "elif" named_expr ":" block elif_else {
      auto* s = node<If>(hdr_span(@1, $5->empty() ? *$4 : *$5));
      s->test = $2; s->body = *$4; s->orelse = *$5; $$ = stmt1(s);
    }
  ;

else_opt
  : %empty                      { $$ = seq0<Stmt*>(); }
  | "else" ":" block            { $$ = $3; }
  ;

while_stmt
  : "while" named_expr ":" block else_opt {
      auto* s = node<While>(hdr_span(@1, $5->empty() ? *$4 : *$5));
      s->test = $2; s->body = *$4; s->orelse = *$5; $$ = s;
    }
  ;

for_stmt
  : "for" target_list "in" testlist_star_expr ":" block else_opt {
      set_context($2, ExprContext::Store);
      auto* s = node<For>(hdr_span(@1, $7->empty() ? *$6 : *$7));
      s->target = $2; s->iter = $4; s->body = *$6; s->orelse = *$7; $$ = s;
    }
  ;

try_stmt
  : "try" ":" block try_tail {
      TryTail* t = $4;
      const StmtSeq& last = !t->finalbody.empty() ? t->finalbody : !t->orelse.empty() ? t->orelse
                            : !t->handlers.empty() ? t->handlers.back()->body : *$3;
      Pos p = hdr_span(@1, last);
      if (t->star) {
        auto* s = node<TryStar>(p); s->body = *$3; s->handlers = t->handlers; s->orelse = t->orelse;
        s->finalbody = t->finalbody; $$ = s;
      } else {
        auto* s = node<Try>(p); s->body = *$3; s->handlers = t->handlers; s->orelse = t->orelse;
        s->finalbody = t->finalbody; $$ = s;
      }
    }
  ;

try_tail
  : "finally" ":" block         { $$ = make<TryTail>(); $$->finalbody = *$3; }
  | except_clauses else_opt     { $$ = $1; $$->orelse = *$2; }
  | except_clauses else_opt "finally" ":" block { $$ = $1; $$->orelse = *$2; $$->finalbody = *$5; }
  ;

except_clauses
  : except_clause               { $$ = make<TryTail>(); $$->handlers.push($1); }
  | except_star_clause          { $$ = make<TryTail>(); $$->star = true; $$->handlers.push($1); }
  | except_clauses except_clause {
      if ($1->star) raise_at("cannot have both 'except' and 'except*' on the same 'try'", $2->pos);
      $$ = $1; $$->handlers.push($2);
    }
  | except_clauses except_star_clause {
      if (!$1->star) raise_at("cannot have both 'except' and 'except*' on the same 'try'", $2->pos);
      $$ = $1; $$->handlers.push($2);
    }
  ;

except_clause
  : "except" ":" block {
      $$ = make<ExceptHandler>(); $$->pos = hdr_span(@1, *$3); $$->body = *$3;
    }
  | "except" test ":" block {
      $$ = make<ExceptHandler>(); $$->pos = hdr_span(@1, *$4); $$->type = $2; $$->body = *$4;
    }
  | "except" test "as" NAME ":" block {
      $$ = make<ExceptHandler>(); $$->pos = hdr_span(@1, *$6); $$->type = $2; $$->name = $4->name;
      $$->body = *$6;
    }
  ;

except_star_clause
  : "except" "*" test ":" block {
      $$ = make<ExceptHandler>(); $$->pos = hdr_span(@1, *$5); $$->type = $3; $$->body = *$5;
    }
  | "except" "*" test "as" NAME ":" block {
      $$ = make<ExceptHandler>(); $$->pos = hdr_span(@1, *$7); $$->type = $3; $$->name = $5->name;
      $$->body = *$7;
    }
  ;

with_stmt
  : "with" with_items ":" block {
      auto* s = node<With>(hdr_span(@1, *$4)); s->items = *$2; s->body = *$4; $$ = s;
    }
  | "with" WITH_LPAR with_items_paren ")" ":" block {
      auto* s = node<With>(hdr_span(@1, *$6)); s->items = *$3; s->body = *$6; $$ = s;
    }
  ;

with_items_paren
  : with_items
  | with_items ","
  ;

with_items
  : with_item                   { $$ = seq1<WithItem*>($1); }
  | with_items "," with_item    { $$ = $1; $$->push($3); }
  ;

with_item
  : test                        { $$ = make<WithItem>(); $$->context_expr = $1; }
  | test "as" target_item {
      set_context($3, ExprContext::Store);
      $$ = make<WithItem>(); $$->context_expr = $1; $$->optional_vars = $3;
    }
  ;

funcdef
  : "def" NAME "(" param_list ")" return_ann ":" block {
      auto* s = node<FunctionDef>(hdr_span(@1, *$8));
      s->name = $2->name; s->args = $4; s->returns = $6; s->body = *$8; $$ = s;
    }
  ;

return_ann
  : %empty                      { $$ = nullptr; }
  | "->" test                   { $$ = $2; }
  ;

param_list
  : %empty                      { $$ = empty_arguments(); }
  | params                      { $$ = build_arguments($1, false); }
  | params ","                  { $$ = build_arguments($1, false); }
  ;

params
  : param                       { $$ = seq1<ParamItem*>($1); }
  | params "," param            { $$ = $1; $$->push($3); }
  ;

param
  : NAME opt_annotation opt_default {
      auto* a = make<Arg>(); a->pos = span(TPOS($1), $2 ? POS(@2) : TPOS($1)); a->arg = $1->name;
      a->annotation = $2;
      $$ = make<ParamItem>(ParamItem{ParamItem::Plain, a, $3, POS(@$)});
    }
  | "*"                         { $$ = make<ParamItem>(ParamItem{ParamItem::BareStar, nullptr, nullptr, POS(@$)}); }
  | "*" NAME star_annotation {
      auto* a = make<Arg>(); a->pos = span(TPOS($2), $3 ? POS(@3) : TPOS($2)); a->arg = $2->name;
      a->annotation = $3;
      $$ = make<ParamItem>(ParamItem{ParamItem::Star, a, nullptr, POS(@$)});
    }
  | "**" NAME opt_annotation {
      auto* a = make<Arg>(); a->pos = span(TPOS($2), $3 ? POS(@3) : TPOS($2)); a->arg = $2->name;
      a->annotation = $3;
      $$ = make<ParamItem>(ParamItem{ParamItem::DoubleStar, a, nullptr, POS(@$)});
    }
  | "/"                         { $$ = make<ParamItem>(ParamItem{ParamItem::Slash, nullptr, nullptr, POS(@$)}); }
  ;

opt_annotation
  : %empty                      { $$ = nullptr; }
  | ":" test                    { $$ = $2; }
  ;

star_annotation
  : opt_annotation
  | ":" "*" expr {
      auto* s = node<Starred>(span(POS(@2), POS(@3))); s->value = $3; s->ctx = ExprContext::Load; $$ = s;
    }
  ;

opt_default
  : %empty                      { $$ = nullptr; }
  | "=" test                    { $$ = $2; }
  ;

classdef
  : "class" NAME ":" block {
      auto* s = node<ClassDef>(hdr_span(@1, *$4)); s->name = $2->name; s->body = *$4; $$ = s;
    }
  | "class" NAME "(" ")" ":" block {
      auto* s = node<ClassDef>(hdr_span(@1, *$6)); s->name = $2->name; s->body = *$6; $$ = s;
    }
  | "class" NAME "(" arglist ")" ":" block {
      auto* s = node<ClassDef>(hdr_span(@1, *$7)); s->name = $2->name; s->body = *$7;
      auto* call = as<Call>(build_call(make_name($2), $4, POS(@$)));
      s->bases = call->args; s->keywords = call->keywords;
      $$ = s;
    }
  ;

decorators
  : "@" named_expr NEWLINE            { $$ = seq1<Expr*>($2); }
  | decorators "@" named_expr NEWLINE { $$ = $1; $$->push($3); }
  ;

decorated
  : decorators classdef         { as<ClassDef>($2)->decorator_list = *$1; $$ = $2; }
  | decorators funcdef          { as<FunctionDef>($2)->decorator_list = *$1; $$ = $2; }
  | decorators async_stmt {
      auto* f = as<AsyncFunctionDef>($2);
      if (!f) raise_at("invalid syntax", POS(@2));
      f->decorator_list = *$1; $$ = $2;
    }
  ;

async_stmt
  : "async" funcdef             { $$ = make_async($2, span(POS(@1), $2->pos)); }
  | "async" with_stmt           { $$ = make_async($2, span(POS(@1), $2->pos)); }
  | "async" for_stmt            { $$ = make_async($2, span(POS(@1), $2->pos)); }
  ;

/* ---- the match statement (PEP 634) ---- */

match_stmt
  : "match" subject_expr ":" NEWLINE INDENT case_blocks DEDENT {
      auto* s = node<Match>(hdr_span(@1, $6->back()->body)); s->subject = $2; s->cases = *$6; $$ = s;
    }
  ;

subject_expr
  : named_expr
  | star_named_expr ","         { $$ = make_tuple(*seq1<Expr*>($1), POS(@$)); }
  | star_named_expr "," star_named_items {
      ExprSeq items; items.push($1); for (Expr* e : $3->items) items.push(e);
      $$ = make_tuple(items, POS(@$));
    }
  | star_named_expr "," star_named_items "," {
      ExprSeq items; items.push($1); for (Expr* e : $3->items) items.push(e);
      $$ = make_tuple(items, POS(@$));
    }
  ;

case_blocks
  : case_block                  { $$ = seq1<MatchCase*>($1); }
  | case_blocks case_block      { $$ = $1; $$->push($2); }
  ;

case_block
  : "case" patterns guard ":" block {
      $$ = make<MatchCase>(); $$->pattern = $2; $$->guard = $3; $$->body = *$5;
    }
  ;

guard
  : %empty                      { $$ = nullptr; }
  | "if" named_expr             { $$ = $2; }
  ;

patterns
  : pattern
  | open_sequence_pattern       { auto* p = pnode<MatchSequence>(POS(@$)); p->patterns = *$1; $$ = p; }
  ;

open_sequence_pattern
  : maybe_star_pattern ","      { $$ = seq1<Pattern*>($1); }
  | maybe_star_pattern "," pattern_items {
      $$ = seq1<Pattern*>($1); for (Pattern* p : *$3) $$->push(p);
    }
  | maybe_star_pattern "," pattern_items "," {
      $$ = seq1<Pattern*>($1); for (Pattern* p : *$3) $$->push(p);
    }
  ;

pattern_items
  : maybe_star_pattern          { $$ = seq1<Pattern*>($1); }
  | pattern_items "," maybe_star_pattern { $$ = $1; $$->push($3); }
  ;

maybe_star_pattern
  : pattern
  | star_pattern
  ;

star_pattern
  : "*" NAME {
      auto* p = pnode<MatchStar>(POS(@$));
      if (std::strcmp($2->name, "_") != 0) p->name = $2->name;
      $$ = p;
    }
  ;

pattern
  : or_pattern
  | or_pattern "as" NAME {
      auto* p = pnode<MatchAs>(POS(@$)); p->pattern = $1; p->name = capture_target($3); $$ = p;
    }
  ;

or_pattern
  : closed_pattern
  | or_alts                     { auto* p = pnode<MatchOr>(POS(@$)); p->patterns = *$1; $$ = p; }
  ;

or_alts
  : closed_pattern "|" closed_pattern { $$ = seq1<Pattern*>($1); $$->push($3); }
  | or_alts "|" closed_pattern  { $$ = $1; $$->push($3); }
  ;

closed_pattern
  : literal_pattern
  | name_or_attr                { $$ = name_pattern($1); }
  | "(" pattern ")"             { $$ = $2; }
  | "(" ")"                     { $$ = pnode<MatchSequence>(POS(@$)); }
  | "(" open_sequence_pattern ")" {
      auto* p = pnode<MatchSequence>(POS(@$)); p->patterns = *$2; $$ = p;
    }
  | "[" "]"                     { $$ = pnode<MatchSequence>(POS(@$)); }
  | "[" pattern_items "]"       { auto* p = pnode<MatchSequence>(POS(@$)); p->patterns = *$2; $$ = p; }
  | "[" pattern_items "," "]"   { auto* p = pnode<MatchSequence>(POS(@$)); p->patterns = *$2; $$ = p; }
  | mapping_pattern
  | class_pattern
  ;

literal_pattern
  : literal_number              { auto* p = pnode<MatchValue>(POS(@$)); p->value = $1; $$ = p; }
  | strings {
      auto* p = pnode<MatchValue>(POS(@$)); p->value = make_strings(P, $1, POS(@$)); $$ = p;
    }
  | "None"                      { $$ = singleton_pattern(ConstantValue::Kind::None, POS(@$)); }
  | "True"                      { $$ = singleton_pattern(ConstantValue::Kind::True, POS(@$)); }
  | "False"                     { $$ = singleton_pattern(ConstantValue::Kind::False, POS(@$)); }
  ;

literal_number
  : signed_number
  | signed_number "+" NUMBER    { $$ = complex_literal($1, OperatorKind::Add, make_number($3), POS(@$)); }
  | signed_number "-" NUMBER    { $$ = complex_literal($1, OperatorKind::Sub, make_number($3), POS(@$)); }
  ;

signed_number
  : NUMBER                      { $$ = make_number($1); }
  | "-" NUMBER {
      auto* u = node<UnaryOp>(POS(@$)); u->op = UnaryOpKind::USub; u->operand = make_number($2); $$ = u;
    }
  ;

literal_key
  : literal_number
  | strings                     { $$ = make_strings(P, $1, POS(@$)); }
  | "None"                      { $$ = make_constant(ConstantValue::Kind::None, POS(@$)); }
  | "True"                      { $$ = make_constant(ConstantValue::Kind::True, POS(@$)); }
  | "False"                     { $$ = make_constant(ConstantValue::Kind::False, POS(@$)); }
  ;

name_or_attr
  : NAME                        { $$ = make_name($1); }
  | name_or_attr "." NAME {
      auto* a = node<Attribute>(POS(@$)); a->value = $1; a->attr = $3->name;
      a->ctx = ExprContext::Load; $$ = a;
    }
  ;

class_pattern
  : name_or_attr "(" ")"        { $$ = build_class_pattern($1, nullptr, POS(@$)); }
  | name_or_attr "(" class_args ")" { $$ = build_class_pattern($1, $3, POS(@$)); }
  | name_or_attr "(" class_args "," ")" { $$ = build_class_pattern($1, $3, POS(@$)); }
  ;

class_args
  : pattern {
      $$ = make<ClassArgs>(); $$->push(make<ClassArg>(ClassArg{nullptr, $1}));
    }
  | NAME "=" pattern {
      $$ = make<ClassArgs>(); $$->push(make<ClassArg>(ClassArg{$1->name, $3}));
    }
  | class_args "," pattern      { $$ = $1; $$->push(make<ClassArg>(ClassArg{nullptr, $3})); }
  | class_args "," NAME "=" pattern { $$ = $1; $$->push(make<ClassArg>(ClassArg{$3->name, $5})); }
  ;

mapping_pattern
  : "{" "}"                     { $$ = pnode<MatchMapping>(POS(@$)); }
  | "{" double_star_pattern "}" { $$ = build_mapping_pattern(nullptr, $2, POS(@$)); }
  | "{" double_star_pattern "," "}" { $$ = build_mapping_pattern(nullptr, $2, POS(@$)); }
  | "{" map_items "}"           { $$ = build_mapping_pattern($2, nullptr, POS(@$)); }
  | "{" map_items "," "}"       { $$ = build_mapping_pattern($2, nullptr, POS(@$)); }
  | "{" map_items "," double_star_pattern "}" { $$ = build_mapping_pattern($2, $4, POS(@$)); }
  | "{" map_items "," double_star_pattern "," "}" { $$ = build_mapping_pattern($2, $4, POS(@$)); }
  ;

double_star_pattern
  : "**" NAME {
      if (!std::strcmp($2->name, "_")) raise_at("invalid syntax", TPOS($2));
      $$ = $2;
    }
  ;

map_items
  : literal_key ":" pattern {
      $$ = make<MapItems>(); $$->keys.push($1); $$->patterns.push($3);
    }
  | name_or_attr ":" pattern {
      if ($1->kind != ExprKind::Attribute) raise_at("invalid syntax", POS(@2));
      $$ = make<MapItems>(); $$->keys.push($1); $$->patterns.push($3);
    }
  | map_items "," literal_key ":" pattern { $$ = $1; $$->keys.push($3); $$->patterns.push($5); }
  | map_items "," name_or_attr ":" pattern {
      if ($3->kind != ExprKind::Attribute) raise_at("invalid syntax", POS(@4));
      $$ = $1; $$->keys.push($3); $$->patterns.push($5);
    }
  ;

/* ---- expressions ---- */

testlist_star_expr
  : star_exprs                  { $$ = tuple_or_single($1, POS(@$)); }
  ;

star_exprs
  : star_expr_item              { $$ = make<ExprList>(); $$->items.push($1); }
  | star_exprs "," star_expr_item { $$ = $1; $$->items.push($3); }
  | star_exprs ","              { $$ = $1; $$->trailing_comma = true; }
  ;

star_expr_item
  : test
  | "*" expr {
      auto* s = node<Starred>(POS(@$)); s->value = $2; s->ctx = ExprContext::Load; $$ = s;
    }
  ;

yield_expr
  : "yield"                     { $$ = node<Yield>(POS(@$)); }
  | "yield" "from" test         { auto* y = node<YieldFrom>(POS(@$)); y->value = $3; $$ = y; }
  | "yield" testlist_star_expr  { auto* y = node<Yield>(POS(@$)); y->value = $2; $$ = y; }
  ;

named_expr
  : test
  | NAME ":=" test {
      auto* n = node<NamedExpr>(POS(@$)); n->target = make_name($1, ExprContext::Store);
      n->value = $3; $$ = n;
    }
  ;

star_named_expr
  : named_expr
  | "*" expr {
      auto* s = node<Starred>(POS(@$)); s->value = $2; s->ctx = ExprContext::Load; $$ = s;
    }
  ;

star_named_items
  : star_named_expr             { $$ = make<ExprList>(); $$->items.push($1); }
  | star_named_items "," star_named_expr { $$ = $1; $$->items.push($3); }
  ;

test
  : or_test
  | or_test "if" or_test "else" test {
      auto* e = node<IfExp>(POS(@$)); e->test = $3; e->body = $1; e->orelse = $5; $$ = e;
    }
  | lambdef
  ;

lambdef
  : "lambda" ":" test {
      auto* l = node<Lambda>(POS(@$)); l->args = empty_arguments(); l->body = $3; $$ = l;
    }
  | "lambda" lparam_list ":" test {
      auto* l = node<Lambda>(POS(@$)); l->args = $2; l->body = $4; $$ = l;
    }
  ;

lparam_list
  : lparams                     { $$ = build_arguments($1, true); }
  | lparams ","                 { $$ = build_arguments($1, true); }
  ;

lparams
  : lparam                      { $$ = seq1<ParamItem*>($1); }
  | lparams "," lparam          { $$ = $1; $$->push($3); }
  ;

lparam
  : NAME opt_default {
      auto* a = make<Arg>(); a->pos = TPOS($1); a->arg = $1->name;
      $$ = make<ParamItem>(ParamItem{ParamItem::Plain, a, $2, POS(@$)});
    }
  | "*"                         { $$ = make<ParamItem>(ParamItem{ParamItem::BareStar, nullptr, nullptr, POS(@$)}); }
  | "*" NAME {
      auto* a = make<Arg>(); a->pos = TPOS($2); a->arg = $2->name;
      $$ = make<ParamItem>(ParamItem{ParamItem::Star, a, nullptr, POS(@$)});
    }
  | "**" NAME {
      auto* a = make<Arg>(); a->pos = TPOS($2); a->arg = $2->name;
      $$ = make<ParamItem>(ParamItem{ParamItem::DoubleStar, a, nullptr, POS(@$)});
    }
  | "/"                         { $$ = make<ParamItem>(ParamItem{ParamItem::Slash, nullptr, nullptr, POS(@$)}); }
  ;

or_test
  : and_test
  | or_test "or" and_test       { $$ = boolop($1, BoolOpKind::Or, $3, POS(@$)); }
  ;

and_test
  : not_test
  | and_test "and" not_test     { $$ = boolop($1, BoolOpKind::And, $3, POS(@$)); }
  ;

not_test
  : "not" not_test {
      auto* u = node<UnaryOp>(POS(@$)); u->op = UnaryOpKind::Not; u->operand = $2; $$ = u;
    }
  | comparison
  ;

comparison
  : expr
  | comparison comp_op expr     { $$ = compare($1, (CmpOpKind)$2, $3, POS(@$)); }
  ;

comp_op
  : "<"         { $$ = (int)CmpOpKind::Lt; }
  | ">"         { $$ = (int)CmpOpKind::Gt; }
  | "=="        { $$ = (int)CmpOpKind::Eq; }
  | ">="        { $$ = (int)CmpOpKind::GtE; }
  | "<="        { $$ = (int)CmpOpKind::LtE; }
  | "!="        { $$ = (int)CmpOpKind::NotEq; }
  | "in"        { $$ = (int)CmpOpKind::In; }
  | "not" "in"  { $$ = (int)CmpOpKind::NotIn; }
  | "is"        { $$ = (int)CmpOpKind::Is; }
  | "is" "not"  { $$ = (int)CmpOpKind::IsNot; }
  ;

expr
  : xor_expr
  | expr "|" xor_expr           { $$ = binop($1, OperatorKind::BitOr, $3, POS(@$)); }
  ;

xor_expr
  : and_expr
  | xor_expr "^" and_expr       { $$ = binop($1, OperatorKind::BitXor, $3, POS(@$)); }
  ;

and_expr
  : shift_expr
  | and_expr "&" shift_expr     { $$ = binop($1, OperatorKind::BitAnd, $3, POS(@$)); }
  ;

shift_expr
  : arith_expr
  | shift_expr "<<" arith_expr  { $$ = binop($1, OperatorKind::LShift, $3, POS(@$)); }
  | shift_expr ">>" arith_expr  { $$ = binop($1, OperatorKind::RShift, $3, POS(@$)); }
  ;

arith_expr
  : term
  | arith_expr "+" term         { $$ = binop($1, OperatorKind::Add, $3, POS(@$)); }
  | arith_expr "-" term         { $$ = binop($1, OperatorKind::Sub, $3, POS(@$)); }
  ;

term
  : factor
  | term "*" factor             { $$ = binop($1, OperatorKind::Mult, $3, POS(@$)); }
  | term "/" factor             { $$ = binop($1, OperatorKind::Div, $3, POS(@$)); }
  | term "%" factor             { $$ = binop($1, OperatorKind::Mod, $3, POS(@$)); }
  | term "//" factor            { $$ = binop($1, OperatorKind::FloorDiv, $3, POS(@$)); }
  | term "@" factor             { $$ = binop($1, OperatorKind::MatMult, $3, POS(@$)); }
  ;

factor
  : "+" factor { auto* u = node<UnaryOp>(POS(@$)); u->op = UnaryOpKind::UAdd; u->operand = $2; $$ = u; }
  | "-" factor { auto* u = node<UnaryOp>(POS(@$)); u->op = UnaryOpKind::USub; u->operand = $2; $$ = u; }
  | "~" factor { auto* u = node<UnaryOp>(POS(@$)); u->op = UnaryOpKind::Invert; u->operand = $2; $$ = u; }
  | power
  ;

power
  : await_primary
  | await_primary "**" factor   { $$ = binop($1, OperatorKind::Pow, $3, POS(@$)); }
  ;

await_primary
  : "await" primary             { auto* a = node<Await>(POS(@$)); a->value = $2; $$ = a; }
  | primary
  ;

primary
  : atom
  | primary "." NAME {
      auto* a = node<Attribute>(POS(@$)); a->value = $1; a->attr = $3->name;
      a->ctx = ExprContext::Load; $$ = a;
    }
  | primary "(" ")" {
      auto* c = node<Call>(POS(@$)); c->func = $1; $$ = c;
    }
  | primary "(" arglist ")"     { $$ = build_call($1, $3, POS(@$)); }
  | primary "[" slices "]" {
      auto* s = node<Subscript>(POS(@$)); s->value = $1; s->slice = $3; s->ctx = ExprContext::Load;
      $$ = s;
    }
  ;

atom
  : NAME                        { $$ = make_name($1); }
  | NUMBER                      { $$ = make_number($1); }
  | strings                     { $$ = make_strings(P, $1, POS(@$)); }
  | "..."                       { $$ = make_constant(ConstantValue::Kind::Ellipsis, POS(@$)); }
  | "None"                      { $$ = make_constant(ConstantValue::Kind::None, POS(@$)); }
  | "True"                      { $$ = make_constant(ConstantValue::Kind::True, POS(@$)); }
  | "False"                     { $$ = make_constant(ConstantValue::Kind::False, POS(@$)); }
  | "(" ")"                     { $$ = make_tuple(ExprSeq{}, POS(@$)); }
  | "(" yield_expr ")"          { $$ = $2; $$->parenthesized = true; }
  | "(" star_named_items ")" {
      if ($2->items.size == 1) {
        Expr* e = $2->items[0];
        if (e->kind == ExprKind::Starred) raise_at("cannot use starred expression here", e->pos);
        e->parenthesized = true;
        $$ = e;
      } else {
        $$ = make_tuple($2->items, POS(@$));
      }
    }
  | "(" star_named_items "," ")" { $$ = make_tuple($2->items, POS(@$)); }
  | "(" star_named_expr comp_fors ")" {
      if ($2->kind == ExprKind::Starred)
        raise_at("iterable unpacking cannot be used in comprehension", $2->pos);
      auto* g = node<GeneratorExp>(POS(@$)); g->elt = $2; g->generators = *$3; $$ = g;
    }
  | "[" "]"                     { auto* l = node<List>(POS(@$)); l->ctx = ExprContext::Load; $$ = l; }
  | "[" star_named_items "]" {
      auto* l = node<List>(POS(@$)); l->elts = $2->items; l->ctx = ExprContext::Load; $$ = l;
    }
  | "[" star_named_items "," "]" {
      auto* l = node<List>(POS(@$)); l->elts = $2->items; l->ctx = ExprContext::Load; $$ = l;
    }
  | "[" star_named_expr comp_fors "]" {
      if ($2->kind == ExprKind::Starred)
        raise_at("iterable unpacking cannot be used in comprehension", $2->pos);
      auto* c = node<ListComp>(POS(@$)); c->elt = $2; c->generators = *$3; $$ = c;
    }
  | "{" "}"                     { $$ = node<Dict>(POS(@$)); }
  | "{" dict_items "}" {
      auto* d = node<Dict>(POS(@$)); d->keys = $2->keys; d->values = $2->values; $$ = d;
    }
  | "{" dict_items "," "}" {
      auto* d = node<Dict>(POS(@$)); d->keys = $2->keys; d->values = $2->values; $$ = d;
    }
  | "{" star_named_items "}"    { auto* s = node<Set>(POS(@$)); s->elts = $2->items; $$ = s; }
  | "{" star_named_items "," "}" { auto* s = node<Set>(POS(@$)); s->elts = $2->items; $$ = s; }
  | "{" test ":" test comp_fors "}" {
      auto* c = node<DictComp>(POS(@$)); c->key = $2; c->value = $4; c->generators = *$5; $$ = c;
    }
  | "{" "**" expr comp_fors "}" {
      raise_at("dict unpacking cannot be used in dict comprehension", span(POS(@2), $3->pos));
    }
  | "{" star_named_expr comp_fors "}" {
      if ($2->kind == ExprKind::Starred)
        raise_at("iterable unpacking cannot be used in comprehension", $2->pos);
      auto* c = node<SetComp>(POS(@$)); c->elt = $2; c->generators = *$3; $$ = c;
    }
  ;

strings
  : STRING                      { $$ = seq1<Token*>($1); }
  | strings STRING              { $$ = $1; $$->push($2); }
  ;

dict_items
  : test ":" test               { $$ = make<DictItems>(); $$->keys.push($1); $$->values.push($3); }
  | "**" expr                   { $$ = make<DictItems>(); $$->keys.push(nullptr); $$->values.push($2); }
  | dict_items "," test ":" test { $$ = $1; $$->keys.push($3); $$->values.push($5); }
  | dict_items "," "**" expr    { $$ = $1; $$->keys.push(nullptr); $$->values.push($4); }
  ;

comp_fors
  : comp_for                    { $$ = seq1<Comprehension*>($1); }
  | comp_fors comp_for          { $$ = $1; $$->push($2); }
  ;

comp_for
  : "for" target_list "in" or_test comp_ifs {
      set_context($2, ExprContext::Store);
      $$ = make<Comprehension>(); $$->target = $2; $$->iter = $4; $$->ifs = *$5; $$->is_async = 0;
    }
  | "async" "for" target_list "in" or_test comp_ifs {
      set_context($3, ExprContext::Store);
      $$ = make<Comprehension>(); $$->target = $3; $$->iter = $5; $$->ifs = *$6; $$->is_async = 1;
    }
  ;

comp_ifs
  : %empty                      { $$ = seq0<Expr*>(); }
  | comp_ifs "if" or_test       { $$ = $1; $$->push($3); }
  ;

target_list
  : target_items                { $$ = tuple_or_single($1, POS(@$)); }
  ;

target_items
  : target_item                 { $$ = make<ExprList>(); $$->items.push($1); }
  | target_items "," target_item { $$ = $1; $$->items.push($3); }
  | target_items ","            { $$ = $1; $$->trailing_comma = true; }
  ;

target_item
  : expr
  | "*" expr {
      auto* s = node<Starred>(POS(@$)); s->value = $2; s->ctx = ExprContext::Load; $$ = s;
    }
  ;

arglist
  : arg_items
  | arg_items ","
  ;

arg_items
  : arg_item                    { $$ = seq1<ArgItem*>($1); }
  | arg_items "," arg_item      { $$ = $1; $$->push($3); }
  ;

arg_item
  : named_expr { $$ = make<ArgItem>(ArgItem{ArgItem::Positional, $1, nullptr, POS(@$)}); }
  | named_expr comp_fors {
      auto* g = node<GeneratorExp>(POS(@$)); g->elt = $1; g->generators = *$2;
      $$ = make<ArgItem>(ArgItem{ArgItem::Generator, g, nullptr, POS(@$)});
    }
  | test "=" test {
      $$ = make<ArgItem>(ArgItem{ArgItem::Keyword, $3, $1, POS(@$), span(POS(@1), POS(@2))});
    }
  | "*" test {
      auto* s = node<Starred>(POS(@$)); s->value = $2; s->ctx = ExprContext::Load;
      $$ = make<ArgItem>(ArgItem{ArgItem::Star, s, nullptr, POS(@$)});
    }
  | "**" test { $$ = make<ArgItem>(ArgItem{ArgItem::DoubleStar, $2, nullptr, POS(@$)}); }
  | "*" test comp_fors {
      raise_at("iterable unpacking cannot be used in comprehension", span(POS(@1), POS(@2)));
    }
  ;

slices
  : slice_items {
      if ($1->items.size == 1 && !$1->trailing_comma && $1->items[0]->kind != ExprKind::Starred)
        $$ = $1->items[0];
      else
        $$ = make_tuple($1->items, POS(@$));
    }
  ;

slice_items
  : slice_item                  { $$ = make<ExprList>(); $$->items.push($1); }
  | slice_items "," slice_item  { $$ = $1; $$->items.push($3); }
  | slice_items ","             { $$ = $1; $$->trailing_comma = true; }
  ;

slice_item
  : named_expr
  | "*" expr {
      auto* s = node<Starred>(POS(@$)); s->value = $2; s->ctx = ExprContext::Load; $$ = s;
    }
  | opt_test ":" opt_test {
      /* An empty bound takes no room: the slice spans from the first token present. */
      Pos p = span($1 ? POS(@1) : POS(@2), $3 ? POS(@3) : POS(@2));
      auto* s = node<Slice>(p); s->lower = $1; s->upper = $3; $$ = s;
    }
  | opt_test ":" opt_test ":" opt_test {
      Pos p = span($1 ? POS(@1) : POS(@2), $5 ? POS(@5) : POS(@4));
      auto* s = node<Slice>(p); s->lower = $1; s->upper = $3; s->step = $5; $$ = s;
    }
  ;

opt_test
  : %empty                      { $$ = nullptr; }
  | test
  ;

%%

int yylex(YYSTYPE* lval, YYLTYPE* lloc, ParseState& P) {
  if (!P.mode_sent) {
    P.mode_sent = true;
    *lloc = Loc{1, 0, 1, 0};
    lval->tok = nullptr;
    switch (P.mode) {
      case ParseMode::File: return MODE_FILE;
      case ParseMode::Eval: return MODE_EVAL;
      case ParseMode::FStringExpr: return MODE_FEXPR;
    }
  }
  Token* t = &P.toks[P.next < P.toks.size ? P.next : P.toks.size - 1];
  if (P.next < P.toks.size) ++P.next;
  *lloc = Loc{t->lineno, t->col, t->end_lineno, t->end_col};
  lval->tok = t;
  return t->type;
}

namespace slotpy::syntax {

const char* token_name(int type) {
  return yysymbol_name(YYTRANSLATE(type));
}

// Defined in compiler/parser_errors.cpp: chooses CPython's message for a failed parse.
SyntaxError describe_syntax_error(ParseState& P, int failed_index, const int* expected, int nexpected);

bool run_parser(ParseState& P, SyntaxError* err) {
  try {
    if (yyparse(P) == 0) return true;
    // Syntax errors arrive as exceptions; a plain failure is Bison's stack limit.
    SyntaxError e;
    e.msg = "too many nested parentheses";
    const Token& t = P.toks[P.next > 0 ? P.next - 1 : 0];
    e.lineno = e.end_lineno = t.lineno;
    e.col = e.end_col = t.col;
    *err = e;
    return false;
  } catch (SyntaxError& e) {
    // An error at a token made up at the end of the input: more input might have helped.
    int failed = P.next > 0 ? P.next - 1 : 0;
    if (failed < P.toks.size && P.toks[failed].at_eof && e.incomplete == SyntaxError::kComplete)
      e.incomplete = SyntaxError::kStatement;
    // As CPython, after a parser error the rest of the source is tokenized: a tokenizer error
    // there wins, but an unclosed bracket only when the last token the parser read lies on a
    // later line than the bracket. "unexpected indent" is final: CPython does not look further.
    *err = e;
    bool reached_end = P.next >= P.toks.size - 1;
    int last_line = failed < P.toks.size ? P.toks[failed].lineno : e.lineno;
    if (P.has_lex_error && e.msg != "unexpected indent" &&
        (!P.lex_error.unclosed_bracket || reached_end || last_line > P.lex_error.lineno))
      *err = P.lex_error;
    return false;
  }
}

}  // namespace slotpy::syntax

static int yyreport_syntax_error(const yypcontext_t* ctx, ParseState& P) {
  int expected[64];
  int n = yypcontext_expected_tokens(ctx, reinterpret_cast<yysymbol_kind_t*>(expected), 64);
  if (n < 0) n = 0;
  // Bison symbol kinds -> token numbers
  for (int i = 0; i < n; ++i) {
    int kind = expected[i];
    for (int tok = 0; tok < YYMAXUTOK + 1; ++tok) {
      if (YYTRANSLATE(tok) == kind) { expected[i] = tok; break; }
    }
  }
  int failed = P.next - 1;
  if (failed >= 0 && P.toks[failed].type == ERRORTOKEN) throw P.lex_error;
  throw slotpy::syntax::describe_syntax_error(P, failed, expected, n);
}
